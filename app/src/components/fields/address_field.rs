//! A postal address: street and number, postcode, place, in one fieldset.

use domain::form::Field;
use leptos::prelude::*;

use super::FieldState;
use crate::components::{FieldHint, TextInput, described_by};
use crate::context::page_context;
use crate::t;

#[component]
pub fn AddressField(
    field: Field,
    #[prop(into)] prefix: String,
    state: FieldState,
) -> impl IntoView {
    let locale = page_context().locale;
    let name = format!("{prefix}{}", field.id);
    let hint =
        state.hint_with_account_note(&name, field.hint.as_ref().map(|h| h.get(locale).to_owned()));
    let readonly = state.from_account(&name).is_some_and(|from| from.readonly);
    let described = described_by(&name, hint.is_some(), false);
    // Only the applicant's own address is filled in from the browser's memory.
    let own = field.autocomplete.is_some();
    let token = |token: &str| {
        if own {
            token.to_owned()
        } else {
            "off".to_owned()
        }
    };
    let part = |part: &str| format!("{name}.{part}");
    view! {
        <div class="field">
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="fieldset__legend">{field.label.get(locale).to_owned()}</legend>
                <FieldHint field_id=name.clone() hint=hint/>
                <TextInput name=part("street") label=t("form-address-street") value=state.value(&part("street"))
                    error=state.error(&part("street")) required=field.required autocomplete=token("address-line1") readonly=readonly/>
                <TextInput name=part("postcode") label=t("form-address-postcode") value=state.value(&part("postcode"))
                    error=state.error(&part("postcode")) required=field.required autocomplete=token("postal-code")
                    inputmode="numeric" width="input--postcode" readonly=readonly/>
                <TextInput name=part("city") label=t("form-address-city") value=state.value(&part("city"))
                    error=state.error(&part("city")) required=field.required autocomplete=token("address-level2")
                    width="input--half" readonly=readonly/>
            </fieldset>
        </div>
    }
}
