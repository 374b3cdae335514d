//! Choosing a role and, for caseworkers and team leads, the unit: two selects.

use domain::FormErrors;
use domain::staff::StaffRole;
use leptos::prelude::*;

use crate::components::{FieldError, FieldHint, described_by};
use crate::{error_text, t};

/// A role as shown: its name and, where it has one, its unit.
#[derive(Debug, Clone)]
pub struct GrantView {
    pub role: StaffRole,
    pub unit_code: Option<String>,
    pub unit_name: Option<String>,
}

impl GrantView {
    pub fn label(&self) -> String {
        match &self.unit_name {
            Some(unit) => format!("{} ({unit})", t(self.role.message_key())),
            None => t(self.role.message_key()),
        }
    }
}

/// A unit to choose.
#[derive(Debug, Clone)]
pub struct UnitOption {
    pub code: String,
    pub name: String,
}

#[component]
pub fn RoleFields(
    units: Vec<UnitOption>,
    #[prop(into)] role: String,
    #[prop(into)] unit: String,
    errors: FormErrors,
) -> impl IntoView {
    let role_error = errors.for_field("role").map(error_text);
    let unit_error = errors.for_field("unit").map(error_text);
    let role_class = if role_error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let unit_class = if unit_error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let role_described = described_by("role", false, role_error.is_some());
    let unit_described = described_by("unit", true, unit_error.is_some());
    let roles = StaffRole::ALL
        .into_iter()
        .map(|option| {
            let selected = option.as_str() == role;
            view! { <option value=option.as_str() selected=selected>{t(option.message_key())}</option> }
        })
        .collect_view();
    let unit_options = units
        .into_iter()
        .map(|option| {
            let selected = option.code == unit;
            view! { <option value=option.code.clone() selected=selected>{format!("{} {}", option.code, option.name)}</option> }
        })
        .collect_view();
    view! {
        <div class=role_class>
            <label class="field__label" for="role">{t("staff-role-label")}</label>
            <FieldError field_id="role".to_owned() error=role_error/>
            <select class="select" id="role" name="role" aria-describedby=role_described>{roles}</select>
        </div>
        <div class=unit_class>
            <label class="field__label" for="unit">{t("staff-unit-label")}</label>
            <FieldHint field_id="unit".to_owned() hint=Some(t("staff-unit-hint"))/>
            <FieldError field_id="unit".to_owned() error=unit_error/>
            <select class="select" id="unit" name="unit" aria-describedby=unit_described>
                <option value="" selected=unit.is_empty()>{t("staff-unit-none")}</option>
                {unit_options}
            </select>
        </div>
    }
}
