//! The fields of a unit (name, section, address), shared by adding and changing one.

use domain::FormErrors;
use leptos::prelude::*;

use crate::components::TextInput;
use crate::{error_text, t};

#[component]
pub fn UnitFields(
    name: String,
    section: String,
    email: String,
    errors: FormErrors,
) -> impl IntoView {
    let error = |field: &str| errors.for_field(field).map(error_text);
    view! {
        <TextInput name="name" label=t("unit-name-label") hint=t("unit-name-hint") value=name
            error=error("name") required=true autocomplete="off"/>
        <TextInput name="section" label=t("unit-section-label") hint=t("unit-section-hint")
            value=section error=error("section") autocomplete="off"/>
        <TextInput name="email" label=t("unit-email-label") hint=t("unit-email-hint") value=email
            error=error("email") input_type="email" required=true width="input--half" autocomplete="off"/>
    }
}
