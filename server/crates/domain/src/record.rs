//! The e-Akte: the file plan (Aktenplan), Akten with their Aktenzeichen, and the rules of
//! filing a case. An Aktenzeichen is the plan key, a running number per key and year, and the
//! year: `53.40.20-0007/2026`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::application::CaseState;
use crate::case::workflow::{CaseFacts, Refusal};
use crate::msg_key;
use crate::staff::{Grants, StaffId, StaffRole};

/// Longest Akte title a caseworker may give.
pub const MAX_TITLE_CHARS: usize = 200;
pub const TITLE_FIELD: &str = "titel";

/// One entry of the file plan. The hierarchy is in the keys: `53` holds `53.40`, which holds
/// `53.40.20`. Akten are opened under entries with a retention period (the leaves).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilePlanEntry {
    pub key: String,
    /// German: the file plan is the authority's internal register.
    pub title: String,
    /// How many years after closing an Akte under this entry is kept (then offered for
    /// Aussonderung); `None` for the groups above the leaves.
    #[serde(default)]
    pub retention_years: Option<u32>,
    /// The authority's proposal at Aussonderung: worth archiving (else: to be destroyed).
    #[serde(default)]
    pub archival_value: bool,
}

/// Whether `key` is a file plan key: one to four groups of one or two digits (`53`,
/// `53.40.20`).
pub fn is_plan_key(key: &str) -> bool {
    let groups: Vec<&str> = key.split('.').collect();
    (1..=4).contains(&groups.len())
        && groups.iter().all(|group| {
            (1..=2).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_digit())
        })
}

/// The entries above `key`, the outermost first (`53`, `53.40` for `53.40.20`).
pub fn ancestors(key: &str) -> Vec<String> {
    let groups: Vec<&str> = key.split('.').collect();
    (1..groups.len()).map(|n| groups[..n].join(".")).collect()
}

/// An Akte's number in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AkteId(pub i64);

impl fmt::Display for AkteId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl AkteId {
    /// Reads an Akte number from an address: digits only, no sign, no leading zero.
    pub fn parse(text: &str) -> Option<AkteId> {
        crate::case::CaseId::parse(text).map(|id| AkteId(id.0))
    }
}

/// `53.40.20-0007/2026`: the plan key, the running number of the key in the year (four digits
/// at least), the year.
pub fn aktenzeichen(plan_key: &str, number: u32, year: i32) -> String {
    format!("{plan_key}-{number:04}/{year}")
}

/// Who may see an Akte's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidentiality {
    /// Everyone with a case role in the Akte's unit.
    Normal,
    /// Only the unit's team leads (e.g. health data of minors).
    Vertraulich,
}

impl Confidentiality {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidentiality::Normal => "normal",
            Confidentiality::Vertraulich => "vertraulich",
        }
    }

    pub fn parse(text: &str) -> Option<Confidentiality> {
        [Confidentiality::Normal, Confidentiality::Vertraulich]
            .into_iter()
            .find(|level| level.as_str() == text)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Confidentiality::Normal => msg_key("akte-confidentiality-normal"),
            Confidentiality::Vertraulich => msg_key("akte-confidentiality-vertraulich"),
        }
    }
}

/// An Akte's life: open for filing, closed, and after its retention period ausgesondert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AkteState {
    Offen,
    Geschlossen,
    Ausgesondert,
}

impl AkteState {
    pub fn as_str(self) -> &'static str {
        match self {
            AkteState::Offen => "offen",
            AkteState::Geschlossen => "geschlossen",
            AkteState::Ausgesondert => "ausgesondert",
        }
    }

    pub fn parse(text: &str) -> Option<AkteState> {
        [
            AkteState::Offen,
            AkteState::Geschlossen,
            AkteState::Ausgesondert,
        ]
        .into_iter()
        .find(|state| state.as_str() == text)
    }

    pub fn message_key(self) -> &'static str {
        match self {
            AkteState::Offen => msg_key("akte-state-offen"),
            AkteState::Geschlossen => msg_key("akte-state-geschlossen"),
            AkteState::Ausgesondert => msg_key("akte-state-ausgesondert"),
        }
    }
}

/// The Fluent key naming a document's kind (`anlage`, `nachforderung`, …).
pub fn document_kind_key(kind: &str) -> &'static str {
    match kind {
        "nachforderung" => msg_key("akte-kind-nachforderung"),
        "antrag" => msg_key("akte-kind-antrag"),
        _ => msg_key("akte-kind-anlage"),
    }
}

/// Whether a staff member may read an Akte of `unit` at `level`: need to know, by their roles
/// in that unit.
pub fn may_read(staff: &impl Grants, unit: &str, level: Confidentiality) -> bool {
    staff.grants().iter().any(|grant| {
        grant.unit.as_deref() == Some(unit)
            && match level {
                Confidentiality::Normal => {
                    matches!(grant.role, StaffRole::Caseworker | StaffRole::TeamLead)
                }
                Confidentiality::Vertraulich => grant.role == StaffRole::TeamLead,
            }
    })
}

/// The units whose Akten (and cases and documents) of `level` the staff member may read: the
/// same rule as [`may_read`], as a list for searches.
pub fn readable_units(staff: &impl Grants, level: Confidentiality) -> Vec<String> {
    let mut units: Vec<String> = staff
        .grants()
        .iter()
        .filter_map(|grant| grant.unit.clone())
        .filter(|unit| may_read(staff, unit, level))
        .collect();
    units.sort();
    units.dedup();
    units
}

/// Whether a staff member may close an Akte of `unit`: the unit's team leads.
pub fn may_close(staff: &impl Grants, unit: &str) -> bool {
    staff
        .grants()
        .iter()
        .any(|grant| grant.role == StaffRole::TeamLead && grant.unit.as_deref() == Some(unit))
}

/// The last year an Akte closed in `closed_year` is kept: its retention runs from the end of
/// the year it was closed in.
pub fn retained_through(closed_year: i32, retention_years: u32) -> i32 {
    closed_year.saturating_add(i32::try_from(retention_years).unwrap_or(i32::MAX))
}

/// Whether an Akte closed in `closed_year` is past its retention in `year`: it is offered for
/// Aussonderung from the first year after the last one it is kept through.
pub fn is_past_retention(closed_year: i32, retention_years: u32, year: i32) -> bool {
    year > retained_through(closed_year, retention_years)
}

/// Whose Akten a staff member offers to the archive and has ausgesondert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DisposalScope {
    /// The records managers (Schriftgutverwaltung): every unit's.
    Every,
    /// Team leads: their units'.
    Units(Vec<String>),
}

/// The Akten a staff member carries out the Aussonderung of; `None` for everybody else.
pub fn disposal_scope(staff: &impl Grants) -> Option<DisposalScope> {
    if staff.has_role(StaffRole::RecordsManager) {
        return Some(DisposalScope::Every);
    }
    let mut units: Vec<String> = staff
        .grants()
        .iter()
        .filter(|grant| grant.role == StaffRole::TeamLead)
        .filter_map(|grant| grant.unit.clone())
        .collect();
    units.sort();
    units.dedup();
    (!units.is_empty()).then_some(DisposalScope::Units(units))
}

/// Whether a staff member carries out the Aussonderung of an Akte of `unit`.
pub fn may_dispose(staff: &impl Grants, unit: &str) -> bool {
    match disposal_scope(staff) {
        Some(DisposalScope::Every) => true,
        Some(DisposalScope::Units(units)) => units.iter().any(|code| code == unit),
        None => false,
    }
}

/// Whether `actor` may file the case into an Akte now: the person working on it, once it is
/// taken up, and only once.
pub fn may_file(facts: &CaseFacts, actor: StaffId, filed: bool) -> Result<(), Refusal> {
    if filed {
        return Err(Refusal(msg_key("case-refused-filed-already")));
    }
    if facts.state == CaseState::Eingegangen {
        return Err(Refusal(msg_key("case-refused-state")));
    }
    if facts.assignee != Some(actor) {
        return Err(Refusal(msg_key("case-refused-not-assignee")));
    }
    Ok(())
}

/// The title of a new Akte, trimmed and checked.
pub fn parse_title(text: &str) -> Result<String, crate::FormErrors> {
    let text = text.trim();
    let mut errors = crate::FormErrors::new();
    if text.is_empty() {
        errors.add(TITLE_FIELD, msg_key("akte-title-missing"));
    } else if text.chars().count() > MAX_TITLE_CHARS {
        errors.add(TITLE_FIELD, msg_key("akte-title-too-long"));
    }
    if errors.is_empty() {
        Ok(text.to_owned())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aktenzeichen_carry_key_number_and_year() {
        assert_eq!(aktenzeichen("53.40.20", 7, 2026), "53.40.20-0007/2026");
        assert_eq!(
            aktenzeichen("69.20.10", 12_345, 2027),
            "69.20.10-12345/2027"
        );
        assert!(is_plan_key("53.40.20"));
        for bad in ["", "53.", "530", "53.40.20.10.1", "a.1"] {
            assert!(!is_plan_key(bad), "{bad}");
        }
        assert_eq!(ancestors("53.40.20"), vec!["53", "53.40"]);
        assert!(ancestors("53").is_empty());
    }

    #[test]
    fn team_leads_read_confidential_akten_of_their_unit_caseworkers_only_normal_ones() {
        use crate::staff::RoleGrant;
        struct Member(Vec<RoleGrant>);
        impl Grants for Member {
            fn grants(&self) -> &[RoleGrant] {
                &self.0
            }
        }
        let grants = Member(vec![
            RoleGrant {
                role: StaffRole::Caseworker,
                unit: Some("53".into()),
            },
            RoleGrant {
                role: StaffRole::TeamLead,
                unit: Some("69.2".into()),
            },
            RoleGrant {
                role: StaffRole::Administrator,
                unit: None,
            },
        ]);
        assert_eq!(
            readable_units(&grants, Confidentiality::Normal),
            ["53", "69.2"]
        );
        assert_eq!(
            readable_units(&grants, Confidentiality::Vertraulich),
            ["69.2"]
        );
        assert!(readable_units(&Member(Vec::new()), Confidentiality::Normal).is_empty());
    }

    #[test]
    fn team_leads_close_akten_of_their_unit_kept_to_the_end_of_the_retention() {
        use crate::staff::RoleGrant;
        struct Member(Vec<RoleGrant>);
        impl Grants for Member {
            fn grants(&self) -> &[RoleGrant] {
                &self.0
            }
        }
        let lead = Member(vec![RoleGrant {
            role: StaffRole::TeamLead,
            unit: Some("53".into()),
        }]);
        let caseworker = Member(vec![RoleGrant {
            role: StaffRole::Caseworker,
            unit: Some("53".into()),
        }]);
        assert!(may_close(&lead, "53"));
        assert!(!may_close(&lead, "69.2"));
        assert!(!may_close(&caseworker, "53"));
        assert_eq!(retained_through(2026, 10), 2036);
        assert_eq!(retained_through(2026, 0), 2026);
    }

    #[test]
    fn records_managers_dispose_of_every_units_akten_team_leads_of_their_own_when_past_retention() {
        use crate::staff::RoleGrant;
        struct Member(Vec<RoleGrant>);
        impl Grants for Member {
            fn grants(&self) -> &[RoleGrant] {
                &self.0
            }
        }
        let grant = |role, unit: Option<&str>| RoleGrant {
            role,
            unit: unit.map(str::to_owned),
        };
        let registry = Member(vec![grant(StaffRole::RecordsManager, None)]);
        let lead = Member(vec![
            grant(StaffRole::TeamLead, Some("69.2")),
            grant(StaffRole::Caseworker, Some("53")),
            grant(StaffRole::TeamLead, Some("53")),
        ]);
        let caseworker = Member(vec![grant(StaffRole::Caseworker, Some("53"))]);
        let administrator = Member(vec![grant(StaffRole::Administrator, None)]);
        assert_eq!(disposal_scope(&registry), Some(DisposalScope::Every));
        assert_eq!(
            disposal_scope(&lead),
            Some(DisposalScope::Units(vec!["53".into(), "69.2".into()]))
        );
        assert_eq!(disposal_scope(&caseworker), None);
        assert_eq!(disposal_scope(&administrator), None);
        assert!(may_dispose(&registry, "town:05978036"));
        assert!(may_dispose(&lead, "69.2"));
        assert!(!may_dispose(&lead, "32"));
        assert!(!may_dispose(&caseworker, "53"));
        // Closed in 2026 and kept ten years: through 2036, offered from 2037.
        assert!(!is_past_retention(2026, 10, 2036));
        assert!(is_past_retention(2026, 10, 2037));
        assert!(is_past_retention(2026, 0, 2027));
        assert!(!is_past_retention(2026, u32::MAX, i32::MAX));
    }

    #[test]
    fn only_the_assignee_files_a_case_taken_up_and_only_once() {
        let anna = StaffId(1);
        let facts = |state| CaseFacts {
            state,
            assignee: Some(anna),
            prepared_by: None,
        };
        assert_eq!(
            may_file(&facts(CaseState::InBearbeitung), anna, false),
            Ok(())
        );
        assert_eq!(
            may_file(&facts(CaseState::Abgeschlossen), anna, false),
            Ok(())
        );
        assert!(may_file(&facts(CaseState::Eingegangen), anna, false).is_err());
        assert!(may_file(&facts(CaseState::InBearbeitung), StaffId(2), false).is_err());
        assert_eq!(
            may_file(&facts(CaseState::InBearbeitung), anna, true),
            Err(Refusal("case-refused-filed-already"))
        );
        assert_eq!(
            parse_title("  Belehrung Brinkhoff ").unwrap(),
            "Belehrung Brinkhoff"
        );
        assert!(parse_title(" ").is_err());
        for state in [
            AkteState::Offen,
            AkteState::Geschlossen,
            AkteState::Ausgesondert,
        ] {
            assert_eq!(AkteState::parse(state.as_str()), Some(state));
        }
        assert_eq!(
            Confidentiality::parse("vertraulich"),
            Some(Confidentiality::Vertraulich)
        );
    }
}
