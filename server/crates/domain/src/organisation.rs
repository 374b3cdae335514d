//! Organisations: businesses and associations that apply through the portal. An organisation
//! has members (citizen accounts) who are its administrators or ordinary members; what a member
//! applies for on its behalf names the organisation as the legal subject and the member as the
//! acting person.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{FormErrors, Postcode, msg_key, secret_token};

/// An organisation's number in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct OrganisationId(pub i64);

impl fmt::Display for OrganisationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The token in an invitation's link: 128 random bits as 32 hex digits. Only its hash is
/// stored; the token itself is in the mail.
#[derive(Clone, PartialEq, Eq)]
pub struct InvitationToken(String);

impl fmt::Debug for InvitationToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InvitationToken(…)")
    }
}

impl InvitationToken {
    pub fn from_random_bytes(bytes: &[u8; 16]) -> InvitationToken {
        InvitationToken(secret_token::from_random_bytes(bytes))
    }

    /// Reads a token from a link: exactly 32 lower-case hex digits, or nothing.
    pub fn parse(input: &str) -> Option<InvitationToken> {
        secret_token::is_well_formed(input).then(|| InvitationToken(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What storage keeps.
    pub fn hash(&self) -> String {
        secret_token::stored_hash("invitation", &self.0)
    }
}

/// What a member may do in the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    /// Invites and removes members and changes roles.
    Admin,
    /// Applies on the organisation's behalf and sees its applications.
    Member,
}

impl MemberRole {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Admin => "admin",
            MemberRole::Member => "member",
        }
    }

    pub fn parse(text: &str) -> Option<MemberRole> {
        [MemberRole::Admin, MemberRole::Member]
            .into_iter()
            .find(|role| role.as_str() == text)
    }

    /// The Fluent key of the role's name.
    pub fn message_key(self) -> &'static str {
        match self {
            MemberRole::Admin => msg_key("organisation-role-admin"),
            MemberRole::Member => msg_key("organisation-role-member"),
        }
    }
}

/// The legal forms offered (German company and association law), by their code.
pub const LEGAL_FORMS: [&str; 10] = [
    "einzelunternehmen",
    "gbr",
    "ohg",
    "kg",
    "gmbh",
    "ug",
    "ag",
    "eg",
    "ev",
    "sonstige",
];

/// The Fluent key of a legal form's name.
pub fn legal_form_key(code: &str) -> Option<&'static str> {
    Some(match code {
        "einzelunternehmen" => msg_key("legal-form-einzelunternehmen"),
        "gbr" => msg_key("legal-form-gbr"),
        "ohg" => msg_key("legal-form-ohg"),
        "kg" => msg_key("legal-form-kg"),
        "gmbh" => msg_key("legal-form-gmbh"),
        "ug" => msg_key("legal-form-ug"),
        "ag" => msg_key("legal-form-ag"),
        "eg" => msg_key("legal-form-eg"),
        "ev" => msg_key("legal-form-ev"),
        "sonstige" => msg_key("legal-form-sonstige"),
        _ => return None,
    })
}

/// The organisation form as posted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct RawOrganisation {
    pub name: String,
    pub legal_form: String,
    pub register_number: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
}

/// An organisation's details that passed validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationDetails {
    pub name: String,
    /// One of [`LEGAL_FORMS`].
    pub legal_form: String,
    /// E.g. `HRB 12345, Amtsgericht Hamm`; none for forms without a register.
    pub register_number: Option<String>,
    pub street: String,
    pub postcode: Postcode,
    pub city: String,
}

fn line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl OrganisationDetails {
    /// Checks the form; every problem is reported, in the order the form shows the fields.
    pub fn parse(raw: &RawOrganisation) -> Result<OrganisationDetails, FormErrors> {
        let mut errors = FormErrors::new();
        let name = line(&raw.name);
        if name.is_empty() || name.chars().count() > 200 {
            errors.add("name", msg_key("organisation-error-name"));
        }
        let legal_form = raw.legal_form.trim().to_owned();
        if legal_form_key(&legal_form).is_none() {
            errors.add("legal_form", msg_key("organisation-error-legal-form"));
        }
        let register_number = Some(line(&raw.register_number)).filter(|r| !r.is_empty());
        if register_number
            .as_ref()
            .is_some_and(|r| r.chars().count() > 100)
        {
            errors.add("register_number", msg_key("organisation-error-register"));
        }
        let street = line(&raw.street);
        if street.is_empty() || street.chars().count() > 200 {
            errors.add("street", msg_key("organisation-error-street"));
        }
        let postcode = Postcode::parse(raw.postcode.trim()).ok();
        if postcode.is_none() {
            errors.add("postcode", msg_key("organisation-error-postcode"));
        }
        let city = line(&raw.city);
        if city.is_empty() || city.chars().count() > 100 {
            errors.add("city", msg_key("organisation-error-city"));
        }
        match postcode {
            Some(postcode) if errors.is_empty() => Ok(OrganisationDetails {
                name,
                legal_form,
                register_number,
                street,
                postcode,
                city,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bakery() -> RawOrganisation {
        RawOrganisation {
            name: "  Backstube   am Markt GmbH ".into(),
            legal_form: "gmbh".into(),
            register_number: "HRB 4711, Amtsgericht Hamm".into(),
            street: "Markt 3".into(),
            postcode: "59423".into(),
            city: "Unna".into(),
        }
    }

    #[test]
    fn a_complete_form_is_tidied_and_kept() {
        let details = OrganisationDetails::parse(&bakery()).unwrap();
        assert_eq!(details.name, "Backstube am Markt GmbH");
        assert_eq!(
            details.register_number.as_deref(),
            Some("HRB 4711, Amtsgericht Hamm")
        );
        let without_register = OrganisationDetails::parse(&RawOrganisation {
            register_number: " ".into(),
            legal_form: "gbr".into(),
            ..bakery()
        })
        .unwrap();
        assert_eq!(without_register.register_number, None);
    }

    #[test]
    fn every_problem_is_named_in_the_forms_order() {
        let errors = OrganisationDetails::parse(&RawOrganisation {
            legal_form: "limited".into(),
            postcode: "5942".into(),
            ..RawOrganisation::default()
        })
        .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "legal_form", "street", "postcode", "city"]);
    }

    #[test]
    fn invitation_tokens_are_read_strictly_and_stored_as_hashes() {
        let token = InvitationToken::from_random_bytes(&[0xab; 16]);
        assert_eq!(InvitationToken::parse(token.as_str()), Some(token.clone()));
        assert_eq!(
            InvitationToken::parse("ABABABABABABABABABABABABABABABAB"),
            None
        );
        assert_eq!(InvitationToken::parse("abab"), None);
        assert_eq!(token.hash().len(), 64);
        assert!(!token.hash().contains(token.as_str()));
    }

    #[test]
    fn roles_and_legal_forms_have_names() {
        for role in [MemberRole::Admin, MemberRole::Member] {
            assert_eq!(MemberRole::parse(role.as_str()), Some(role));
        }
        assert!(
            LEGAL_FORMS
                .iter()
                .all(|code| legal_form_key(code).is_some())
        );
    }
}
