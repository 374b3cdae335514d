//! The identity seam: an OpenID provider (a broker in front of BundID in production) that logs
//! citizens in and says how sure it is of them. The `identity` crate implements it.

use async_trait::async_trait;
use domain::account::PersonClaims;
use domain::service::TrustLevel;

/// A login to send the visitor to the provider with, and what its answer must match.
#[derive(Debug, Clone)]
pub struct LoginStart {
    /// The provider's authorization URL with all parameters.
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// A login the provider confirmed, with its token checked (signature, issuer, audience,
/// expiry, nonce).
#[derive(Debug, Clone)]
pub struct VerifiedLogin {
    pub issuer: String,
    pub subject: String,
    pub trust_level: TrustLevel,
    pub claims: PersonClaims,
}

#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// The provider cannot be reached or answers nonsense; try again later.
    #[error("the identity provider is not available: {0}")]
    Unavailable(String),
    /// The answer is not acceptable (a token that fails a check, a code used twice, …).
    #[error("the login was refused: {0}")]
    Rejected(String),
}

#[async_trait]
pub trait IdentityProvider: Send + Sync {
    /// Starts a login that asks for `level`. The provider always asks the person again, even
    /// when it still has a session of its own: after "Abmelden" on a shared computer the next
    /// "Anmelden" must never silently log the previous person back in, and a step-up needs a
    /// new authentication anyway.
    async fn start(&self, level: TrustLevel) -> Result<LoginStart, IdentityError>;

    /// Exchanges the code from the provider's answer and checks the ID token.
    async fn finish(
        &self,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> Result<VerifiedLogin, IdentityError>;
}
