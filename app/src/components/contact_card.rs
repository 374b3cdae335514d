//! A postal address with telephone and e-mail, as the legal pages show contacts.

use domain::{EmailAddress, PhoneNumber, PostalAddress};
use leptos::prelude::*;

use crate::t;

#[component]
pub fn ContactCard(
    name: String,
    address: PostalAddress,
    phone: PhoneNumber,
    email: EmailAddress,
) -> impl IntoView {
    view! {
        <address class="contact-card">
            <span class="contact-card__name">{name}</span><br/>
            {address.street}<br/>
            {address.postcode.as_str().to_owned()}" "{address.city}<br/>
            {t("contact-phone")}": "<a href=phone.tel_uri()>{phone.as_str().to_owned()}</a><br/>
            {t("contact-email")}": "<a href=format!("mailto:{email}")>{email.to_string()}</a>
        </address>
    }
}
