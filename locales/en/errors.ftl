error-bad-request-title = The request is not valid
error-bad-request-text = The request contained information we cannot process, for example from an outdated form. Please reload the page and try again.
error-forbidden-title = Request refused
error-forbidden-text = The form was not sent from a page of the Kreisportal. To protect you, we did not accept it. Please open the page in the Kreisportal again and send the form from there.
error-not-found-title = Page not found
error-not-found-text = This page does not exist. The address may be misspelt, or the page may have moved.
error-method-title = This action is not possible here
error-method-text = The page cannot be opened in this way. Please use the links and forms of the Kreisportal.
error-timeout-title = The request took too long
error-timeout-text = We stopped your request because it took too long. Please try again.
error-too-large-title = Too much data
error-too-large-text = You sent more data than we can accept at once. Please shorten your entry and try again.
error-unprocessable-title = The data could not be read
error-unprocessable-text = The data you sent was in a form we cannot read. Please use the form of the Kreisportal and try again.
error-server-title = Something went wrong
error-server-text = We are sorry. Something went wrong on our side. Please try again in a few minutes. Anything you have already saved is kept.
error-unavailable-title = The Kreisportal is not available right now
error-unavailable-text = We are working on it. Please try again in a few minutes. Anything you have already saved is kept.
error-reference = Error reference: { $reference }. Please quote this reference when you contact us.
error-contact = Do you need help? Call us on { $phone } or write to { $email }.
error-too-many-title = Too many requests
error-too-many-text = Too many requests of this kind came from your connection in a short time. Please try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}. Your saved answers are kept.
