//! Local citizen accounts, where the authority allows them: an e-mail address and a password in
//! place of the identity provider. They prove who owns a mailbox, not who a person is, so their
//! logins count as trust level "basis" and services that need more still send people to the
//! identity provider.

use std::fmt;

use crate::{EmailAddress, FormErrors, msg_key, secret_token};

/// The issuer recorded for local accounts, beside the identity providers' URLs.
pub const LOCAL_ISSUER: &str = "urn:kreisportal:lokal";

/// Long enough to resist guessing without rules about character classes (which make people
/// write passwords down); long passphrases and pasted passwords from managers are welcome.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Argon2 takes any length; this keeps a single post from costing much.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// An e-mail address as local accounts are keyed: lower case, so that `Selin@Example.org` and
/// `selin@example.org` are one account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginEmail(String);

impl LoginEmail {
    pub fn parse(input: &str) -> Option<LoginEmail> {
        EmailAddress::parse(input)
            .ok()
            .map(|email| LoginEmail(email.as_str().to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LoginEmail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password someone chose, checked: the Fluent key of the first problem, if any.
pub fn password_problem(password: &str, email: Option<&LoginEmail>) -> Option<&'static str> {
    let chars = password.chars().count();
    if chars == 0 {
        return Some(msg_key("local-error-password-missing"));
    }
    if chars < MIN_PASSWORD_CHARS {
        return Some(msg_key("local-error-password-short"));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Some(msg_key("local-error-password-long"));
    }
    let mut distinct = password.chars().collect::<Vec<_>>();
    distinct.sort_unstable();
    distinct.dedup();
    let is_email = email.is_some_and(|email| password.trim().to_lowercase() == email.as_str());
    if distinct.len() < 4 || is_email {
        return Some(msg_key("local-error-password-guessable"));
    }
    None
}

/// A registration that passed its checks.
#[derive(Debug, Clone)]
pub struct Registration {
    pub email: LoginEmail,
    pub password: String,
}

impl Registration {
    pub fn parse(email: &str, password: &str) -> Result<Registration, FormErrors> {
        let mut errors = FormErrors::new();
        let email = if email.trim().is_empty() {
            errors.add("email", msg_key("local-error-email-missing"));
            None
        } else {
            let parsed = LoginEmail::parse(email);
            if parsed.is_none() {
                errors.add("email", msg_key("local-error-email-invalid"));
            }
            parsed
        };
        if let Some(problem) = password_problem(password, email.as_ref()) {
            errors.add("password", problem);
        }
        match email {
            Some(email) if errors.is_empty() => Ok(Registration {
                email,
                password: password.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// What a link mailed to a local account is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// Confirms the address of a new registration.
    Verify,
    /// Sets a new password ("Passwort vergessen").
    Reset,
    /// Someone registered an address that already has an account: the mail says so and offers
    /// a new password, and the page tells nobody whether the address was known.
    RegisteredAgain,
}

impl LinkPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Verify => "verify",
            LinkPurpose::Reset => "reset",
            LinkPurpose::RegisteredAgain => "registered_again",
        }
    }

    pub fn parse(text: &str) -> Option<LinkPurpose> {
        [
            LinkPurpose::Verify,
            LinkPurpose::Reset,
            LinkPurpose::RegisteredAgain,
        ]
        .into_iter()
        .find(|purpose| purpose.as_str() == text)
    }

    /// Whether the link sets a new password (else it confirms an address).
    pub fn sets_password(self) -> bool {
        self != LinkPurpose::Verify
    }
}

/// The token in a mailed link of a local account. Only its hash is stored.
#[derive(Clone, PartialEq, Eq)]
pub struct AccountLinkToken(String);

impl fmt::Debug for AccountLinkToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccountLinkToken(…)")
    }
}

impl AccountLinkToken {
    pub fn from_random_bytes(bytes: &[u8; 16]) -> AccountLinkToken {
        AccountLinkToken(secret_token::from_random_bytes(bytes))
    }

    pub fn parse(input: &str) -> Option<AccountLinkToken> {
        secret_token::is_well_formed(input).then(|| AccountLinkToken(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What storage keeps.
    pub fn hash(&self) -> String {
        secret_token::stored_hash("account link", &self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_keyed_in_lower_case() {
        assert_eq!(
            LoginEmail::parse(" Selin.Brinkhoff@Example.ORG ")
                .unwrap()
                .as_str(),
            "selin.brinkhoff@example.org"
        );
        assert!(LoginEmail::parse("kein-at-zeichen").is_none());
    }

    #[test]
    fn passwords_need_length_not_character_classes() {
        let email = LoginEmail::parse("erika@example.org");
        assert_eq!(
            password_problem("", None),
            Some("local-error-password-missing")
        );
        assert_eq!(
            password_problem("kurz", None),
            Some("local-error-password-short")
        );
        assert_eq!(
            password_problem(&"ab1".repeat(90), None),
            Some("local-error-password-long")
        );
        assert_eq!(
            password_problem("aaaaaaaaaaaa", None),
            Some("local-error-password-guessable")
        );
        assert_eq!(
            password_problem("Erika@Example.org", email.as_ref()),
            Some("local-error-password-guessable")
        );
        // Spaces, umlauts and a pasted random string are all fine.
        assert_eq!(
            password_problem("grüner tee am morgen", email.as_ref()),
            None
        );
        assert_eq!(password_problem("x7#Qm!9vLp2&", None), None);
        // Ten characters are counted as characters, not bytes.
        assert_eq!(password_problem("ääääbbbbcd", None), None);
    }

    #[test]
    fn a_registration_names_every_field_with_a_problem() {
        let errors = Registration::parse("", "kurz").unwrap_err();
        assert_eq!(errors.len(), 2);
        assert!(errors.for_field("email").is_some());
        assert!(errors.for_field("password").is_some());
        let ok = Registration::parse("Jonas@Example.org", "Lindenallee zwölf").unwrap();
        assert_eq!(ok.email.as_str(), "jonas@example.org");
    }

    #[test]
    fn link_purposes_round_trip_and_tokens_are_hashed() {
        for purpose in [
            LinkPurpose::Verify,
            LinkPurpose::Reset,
            LinkPurpose::RegisteredAgain,
        ] {
            assert_eq!(LinkPurpose::parse(purpose.as_str()), Some(purpose));
        }
        assert!(!LinkPurpose::Verify.sets_password());
        let token = AccountLinkToken::from_random_bytes(&[7; 16]);
        assert_eq!(AccountLinkToken::parse(token.as_str()), Some(token.clone()));
        assert_ne!(token.hash(), token.as_str());
        assert_eq!(format!("{token:?}"), "AccountLinkToken(…)");
    }
}
