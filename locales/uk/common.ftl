portal-name = Kreisportal
