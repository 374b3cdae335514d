//! Cases (Vorgänge): what the back office makes of a submission. Each lands in one inbox (the
//! Posteingang of the unit responsible for the service, or of the town that decides it) with a
//! processing deadline, and only staff with a case role in that unit see it (need to know).

pub mod deadline;
pub mod figures;
pub mod note;
pub mod request;
pub mod resubmission;
pub mod workflow;

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

use crate::service::Authority;
use crate::staff::{Grants, StaffRole};

/// A case's number in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CaseId(pub i64);

impl fmt::Display for CaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl CaseId {
    /// Reads a case number from an address: digits only, no sign, no leading zero.
    pub fn parse(text: &str) -> Option<CaseId> {
        let plain = !text.is_empty()
            && text.len() <= 18
            && text.bytes().all(|b| b.is_ascii_digit())
            && !text.starts_with('0');
        plain.then(|| text.parse().ok().map(CaseId)).flatten()
    }
}

/// The inbox a service's cases land in: a unit's code, or `town:<AGS>` for a town's office.
pub fn inbox_of(authority: &Authority) -> String {
    match authority {
        Authority::District { unit } => unit.clone(),
        Authority::Town { ags, .. } => format!("town:{ags}"),
    }
}

/// The inboxes a staff member works in: the units of their caseworker and team-lead roles.
pub fn inboxes_of(staff: &impl Grants) -> Vec<String> {
    let mut units: Vec<String> = staff
        .grants()
        .iter()
        .filter(|grant| matches!(grant.role, StaffRole::Caseworker | StaffRole::TeamLead))
        .filter_map(|grant| grant.unit.clone())
        .collect();
    units.sort();
    units.dedup();
    units
}

/// When a case received at `received_at` is due: the service's processing days later.
pub fn due_at(received_at: OffsetDateTime, processing_days: u32) -> OffsetDateTime {
    received_at + Duration::days(i64::from(processing_days))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::staff::RoleGrant;

    struct Member(Vec<RoleGrant>);

    impl Grants for Member {
        fn grants(&self) -> &[RoleGrant] {
            &self.0
        }
    }

    fn grant(role: StaffRole, unit: Option<&str>) -> RoleGrant {
        RoleGrant {
            role,
            unit: unit.map(str::to_owned),
        }
    }

    #[test]
    fn case_numbers_are_read_strictly() {
        assert_eq!(CaseId::parse("42"), Some(CaseId(42)));
        for bad in ["", "0", "042", "-1", "4a", "99999999999999999999"] {
            assert_eq!(CaseId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_case_roles_open_inboxes() {
        let member = Member(vec![
            grant(StaffRole::Caseworker, Some("69.2")),
            grant(StaffRole::TeamLead, Some("69.2")),
            grant(StaffRole::TeamLead, Some("32.3")),
            grant(StaffRole::Administrator, None),
        ]);
        assert_eq!(inboxes_of(&member), vec!["32.3", "69.2"]);
        assert!(inboxes_of(&Member(vec![grant(StaffRole::Auditor, None)])).is_empty());
    }

    #[test]
    fn inboxes_and_deadlines_follow_the_service() {
        let district = Authority::District {
            unit: "69.2".into(),
        };
        assert_eq!(inbox_of(&district), "69.2");
        let town: Authority = serde_json::from_value(serde_json::json!({
            "town": { "ags": "05978036", "office": { "de": "Steueramt der Stadt Unna" } }
        }))
        .unwrap();
        assert_eq!(inbox_of(&town), "town:05978036", "a town's own inbox");
        let received = OffsetDateTime::UNIX_EPOCH;
        assert_eq!(due_at(received, 14) - received, Duration::days(14));
    }
}
