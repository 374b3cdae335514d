//! The authority's staff: who they are, what they may do (roles, per unit where the role is
//! about cases), and the second factor of a local login.

mod totp;

pub use totp::TotpSecret;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::tenant::OrgUnit;

/// A staff member's number in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct StaffId(pub i64);

impl fmt::Display for StaffId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a staff member does. Caseworkers and team leads work for one unit each grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Caseworker,
    TeamLead,
    RecordsManager,
    PrintOperator,
    Administrator,
    /// Reads the audit trail, changes nothing.
    Auditor,
}

impl StaffRole {
    pub const ALL: [StaffRole; 6] = [
        StaffRole::Caseworker,
        StaffRole::TeamLead,
        StaffRole::RecordsManager,
        StaffRole::PrintOperator,
        StaffRole::Administrator,
        StaffRole::Auditor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Caseworker => "caseworker",
            StaffRole::TeamLead => "team_lead",
            StaffRole::RecordsManager => "records_manager",
            StaffRole::PrintOperator => "print_operator",
            StaffRole::Administrator => "administrator",
            StaffRole::Auditor => "auditor",
        }
    }

    pub fn parse(text: &str) -> Option<StaffRole> {
        StaffRole::ALL
            .into_iter()
            .find(|role| role.as_str() == text)
    }

    /// Whether a grant of this role names the unit it is for.
    pub fn needs_unit(self) -> bool {
        matches!(self, StaffRole::Caseworker | StaffRole::TeamLead)
    }

    /// The Fluent key of the role's name.
    pub fn message_key(self) -> &'static str {
        use crate::msg_key;
        match self {
            StaffRole::Caseworker => msg_key("staff-role-caseworker"),
            StaffRole::TeamLead => msg_key("staff-role-team-lead"),
            StaffRole::RecordsManager => msg_key("staff-role-records-manager"),
            StaffRole::PrintOperator => msg_key("staff-role-print-operator"),
            StaffRole::Administrator => msg_key("staff-role-administrator"),
            StaffRole::Auditor => msg_key("staff-role-auditor"),
        }
    }
}

/// A role, for a unit where the role needs one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RoleGrant {
    pub role: StaffRole,
    /// The unit's code, e.g. `69.2`.
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleGrantError {
    #[error("the role needs a unit")]
    UnitMissing,
    #[error("the role is not for a unit")]
    UnitNotExpected,
    #[error("no such unit")]
    UnknownUnit,
}

impl RoleGrant {
    /// A grant checked against the tenant's units.
    pub fn new(
        role: StaffRole,
        unit: Option<&str>,
        units: &[OrgUnit],
    ) -> Result<RoleGrant, RoleGrantError> {
        let unit = unit.map(str::trim).filter(|u| !u.is_empty());
        match (role.needs_unit(), unit) {
            (true, None) => Err(RoleGrantError::UnitMissing),
            (false, Some(_)) => Err(RoleGrantError::UnitNotExpected),
            (true, Some(code)) if !units.iter().any(|u| u.code == code) => {
                Err(RoleGrantError::UnknownUnit)
            }
            (_, unit) => Ok(RoleGrant {
                role,
                unit: unit.map(str::to_owned),
            }),
        }
    }
}

/// What staff may do, derived from their grants.
pub trait Grants {
    fn grants(&self) -> &[RoleGrant];

    fn has_role(&self, role: StaffRole) -> bool {
        self.grants().iter().any(|grant| grant.role == role)
    }

    /// Administrators manage staff, units and roles.
    fn may_manage_staff(&self) -> bool {
        self.has_role(StaffRole::Administrator)
    }
}

/// A staff login name: 3 to 40 of `a-z`, `0-9`, `.`, `-`, `_`, starting with a letter; stored
/// in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Username(String);

impl Username {
    pub fn parse(text: &str) -> Option<Username> {
        let text = text.trim().to_lowercase();
        let fits = (3..=40).contains(&text.chars().count())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c));
        fits.then_some(Username(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EmailAddress;

    fn units() -> Vec<OrgUnit> {
        vec![OrgUnit {
            code: "69.2".into(),
            name: serde_json::from_value(serde_json::json!({ "de": "Untere Wasserbehörde" }))
                .unwrap(),
            section: None,
            email: EmailAddress::parse("wasser@kreis-unna.example").unwrap(),
        }]
    }

    #[test]
    fn case_roles_need_a_known_unit_and_the_others_none() {
        assert!(RoleGrant::new(StaffRole::Caseworker, Some("69.2"), &units()).is_ok());
        assert_eq!(
            RoleGrant::new(StaffRole::Caseworker, None, &units()),
            Err(RoleGrantError::UnitMissing)
        );
        assert_eq!(
            RoleGrant::new(StaffRole::TeamLead, Some("99"), &units()),
            Err(RoleGrantError::UnknownUnit)
        );
        assert_eq!(
            RoleGrant::new(StaffRole::Auditor, Some("69.2"), &units()),
            Err(RoleGrantError::UnitNotExpected)
        );
        assert_eq!(
            RoleGrant::new(StaffRole::Administrator, Some(" "), &units())
                .unwrap()
                .unit,
            None
        );
        for role in StaffRole::ALL {
            assert_eq!(StaffRole::parse(role.as_str()), Some(role));
        }
    }

    #[test]
    fn usernames_are_short_plain_and_lower_case() {
        assert_eq!(Username::parse(" K.Demir ").unwrap().as_str(), "k.demir");
        for refused in ["kd", "1abc", "k demir", "k@demir", &"a".repeat(41)] {
            assert_eq!(Username::parse(refused), None, "{refused}");
        }
    }
}
