//! Integrations (Fachverfahren): what an API client may do (scopes, units), its bearer token,
//! the addresses webhooks go to and how they are signed, and which state changes an integration
//! may report. An integration never skips the four-eyes sign-off: it takes a case up or reports
//! a prepared decision; signing off and closing stay with people in the back office.

mod signature;

pub use signature::{hmac_sha256, webhook_signature};

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::application::CaseState;
use crate::case::workflow::Refusal;
use crate::msg_key;
use crate::secret_token;

/// What an API client may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ApiScope {
    /// List and fetch cases of its units with their files.
    #[serde(rename = "cases:read")]
    CasesRead,
    /// Report state changes and add documents to the cases of its units.
    #[serde(rename = "cases:write")]
    CasesWrite,
}

impl ApiScope {
    pub const ALL: [ApiScope; 2] = [ApiScope::CasesRead, ApiScope::CasesWrite];

    pub fn as_str(self) -> &'static str {
        match self {
            ApiScope::CasesRead => "cases:read",
            ApiScope::CasesWrite => "cases:write",
        }
    }

    pub fn parse(text: &str) -> Option<ApiScope> {
        ApiScope::ALL
            .into_iter()
            .find(|scope| scope.as_str() == text)
    }
}

/// An API client's number in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ApiClientId(pub i64);

impl fmt::Display for ApiClientId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The bearer token of an API client: `kp_` and 128 random bits in hex. Handed over once; only
/// its hash is stored.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiToken(String);

const TOKEN_PREFIX: &str = "kp_";

impl ApiToken {
    pub fn from_random_bytes(bytes: &[u8; 16]) -> ApiToken {
        ApiToken(format!(
            "{TOKEN_PREFIX}{}",
            secret_token::from_random_bytes(bytes)
        ))
    }

    /// A token as sent in an `Authorization: Bearer` header; `None` when it cannot be one.
    pub fn parse(text: &str) -> Option<ApiToken> {
        let secret = text.strip_prefix(TOKEN_PREFIX)?;
        secret_token::is_well_formed(secret).then(|| ApiToken(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What storage keeps and looks the client up by.
    pub fn stored_hash(&self) -> String {
        secret_token::stored_hash("api-token", &self.0)
    }
}

/// Never printed by accident.
impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(…)")
    }
}

/// Where an integration's webhooks go: `https://`, or `http://` only to this machine (a
/// Fachverfahren's adapter beside the portal). Nothing else, so no secret travels in clear text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookUrl(String);

impl WebhookUrl {
    pub fn parse(text: &str) -> Result<WebhookUrl, &'static str> {
        let text = text.trim();
        let (scheme, rest) = text
            .split_once("://")
            .ok_or(msg_key("api-client-webhook-invalid"))?;
        let host_and_port = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = match host_and_port.strip_prefix('[') {
            Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
            None => host_and_port.split(':').next().unwrap_or_default(),
        };
        let host_ok = !host.is_empty()
            && !host_and_port.contains('@')
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
        let loopback = matches!(host, "localhost" | "127.0.0.1" | "::1");
        match scheme {
            "https" if host_ok => Ok(WebhookUrl(text.to_owned())),
            "http" if host_ok && loopback => Ok(WebhookUrl(text.to_owned())),
            "http" if host_ok => Err(msg_key("api-client-webhook-not-https")),
            _ => Err(msg_key("api-client-webhook-invalid")),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether an integration may move a case from `from` to `to`: take it up, or report the
/// decision prepared. Everything else is the back office's, and the refusal says so.
pub fn may_report_state(from: CaseState, to: CaseState) -> Result<(), Refusal> {
    match (from, to) {
        (CaseState::Eingegangen, CaseState::InBearbeitung)
        | (CaseState::InBearbeitung, CaseState::EntscheidungVorbereitet) => Ok(()),
        (_, CaseState::InBearbeitung | CaseState::EntscheidungVorbereitet) => {
            Err(Refusal(msg_key("api-refused-state-now")))
        }
        _ => Err(Refusal(msg_key("api-refused-state-people"))),
    }
}

/// What happened to a case, as a webhook names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaseEventKind {
    /// A new case in the inbox.
    #[serde(rename = "case.created")]
    Created,
    /// Its state, answers, questions or documents changed.
    #[serde(rename = "case.updated")]
    Updated,
}

impl CaseEventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseEventKind::Created => "case.created",
            CaseEventKind::Updated => "case.updated",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_a_prefix_and_are_read_strictly() {
        let token = ApiToken::from_random_bytes(&[0xab; 16]);
        assert_eq!(token.as_str(), format!("kp_{}", "ab".repeat(16)));
        assert_eq!(ApiToken::parse(token.as_str()), Some(token.clone()));
        assert_eq!(format!("{token:?}"), "ApiToken(…)");
        for bad in ["", "kp_", "ab".repeat(16).as_str(), "kp_AB", "Bearer kp_x"] {
            assert_eq!(ApiToken::parse(bad), None, "{bad:?}");
        }
        assert_eq!(token.stored_hash().len(), 64);
        assert_ne!(
            token.stored_hash(),
            ApiToken::from_random_bytes(&[1; 16]).stored_hash()
        );
    }

    #[test]
    fn scopes_round_trip() {
        for scope in ApiScope::ALL {
            assert_eq!(ApiScope::parse(scope.as_str()), Some(scope));
        }
        assert_eq!(ApiScope::parse("cases:delete"), None);
    }

    #[test]
    fn webhooks_go_over_https_or_to_this_machine() {
        for good in [
            "https://fachverfahren.kreis-unna.example/hooks/kreisportal",
            "https://10.1.2.3:8443/hook",
            "http://127.0.0.1:9000/hook",
            "http://localhost/hook",
            "http://[::1]:8080/hook",
        ] {
            assert!(WebhookUrl::parse(good).is_ok(), "{good}");
        }
        assert_eq!(
            WebhookUrl::parse("http://fachverfahren.example/hook"),
            Err("api-client-webhook-not-https")
        );
        for bad in [
            "",
            "fachverfahren.example",
            "ftp://example.org/",
            "https://",
            "https://user@evil.example/",
            "https://exa mple.org/",
            "javascript:alert(1)",
        ] {
            assert_eq!(
                WebhookUrl::parse(bad),
                Err("api-client-webhook-invalid"),
                "{bad}"
            );
        }
    }

    #[test]
    fn integrations_take_cases_up_and_report_decisions_never_sign_off() {
        use CaseState::*;
        assert!(may_report_state(Eingegangen, InBearbeitung).is_ok());
        assert!(may_report_state(InBearbeitung, EntscheidungVorbereitet).is_ok());
        assert_eq!(
            may_report_state(Abgeschlossen, InBearbeitung),
            Err(Refusal("api-refused-state-now"))
        );
        for to in [Mitzeichnung, Abgeschlossen, Nachforderung, Eingegangen] {
            assert_eq!(
                may_report_state(EntscheidungVorbereitet, to),
                Err(Refusal("api-refused-state-people")),
                "{to:?}"
            );
        }
    }
}
