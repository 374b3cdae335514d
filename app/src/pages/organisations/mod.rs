//! Organisation accounts: the person's organisations with the form to found one, an
//! organisation's page (details, members, invitations), and the page an invitation links to.

mod invitation_page;
mod organisation_page;
mod organisations_page;

pub use invitation_page::{InvitationPage, InvitationView};
pub use organisation_page::{
    InvitationRow, MemberRow, OrganisationApplicationRow, OrganisationPage, OrganisationView,
};
pub use organisations_page::{
    OrganisationForm, OrganisationRow, OrganisationsPage, OrganisationsView,
};

use domain::organisation::MemberRole;
use leptos::prelude::*;

use crate::t;

/// A select of the two member roles.
fn role_options(selected: Option<MemberRole>) -> impl IntoView {
    [MemberRole::Member, MemberRole::Admin]
        .into_iter()
        .map(|role| {
            view! {
                <option value=role.as_str() selected=selected == Some(role)>{t(role.message_key())}</option>
            }
        })
        .collect_view()
}
