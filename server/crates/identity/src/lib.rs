//! Login through an OpenID Connect provider with the `openidconnect` crate: discovery (cached,
//! tried again when it failed), the authorization code flow with PKCE (S256), `state` and
//! `nonce`, `acr_values` for the trust level, and the ID token checked for signature (`alg:
//! none` refused), issuer, audience, expiry and nonce. Claims come from the ID token and the
//! userinfo endpoint.

#[cfg(feature = "testing")]
pub mod testing;
#[cfg(test)]
mod tests;

use std::time::Duration;

use async_trait::async_trait;
use domain::account::PersonClaims;
use domain::service::TrustLevel;
use http_client::HttpClient;
use openidconnect::core::{
    CoreAuthPrompt, CoreAuthenticationFlow, CoreClient, CoreGenderClaim, CoreIdToken,
    CoreIdTokenClaims, CoreProviderMetadata,
};
use openidconnect::{
    AccessToken, AddressClaim, AuthenticationContextClass, AuthorizationCode, ClientId,
    ClientSecret, CsrfToken, EmptyAdditionalClaims, EndUserBirthday, EndUserEmail,
    EndUserFamilyName, EndUserGivenName, IssuerUrl, LocalizedClaim, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, UserInfoClaims,
};
use services::identity::{IdentityError, IdentityProvider, LoginStart, VerifiedLogin};
use tokio::sync::OnceCell;

/// How the portal is registered with the provider.
#[derive(Clone)]
pub struct OidcSettings {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// `<public url>/anmelden/rueckkehr`
    pub redirect_url: String,
}

/// The client as built from the provider's discovery document.
type ProviderClient = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// The ID token's claims, if the token is signed by the provider's key (never `alg: none`),
/// was issued by the provider for this client, has not expired, and carries our nonce.
fn verified_claims<'t>(
    client: &ProviderClient,
    token: &'t CoreIdToken,
    nonce: &str,
) -> Result<&'t CoreIdTokenClaims, IdentityError> {
    token
        .claims(&client.id_token_verifier(), &Nonce::new(nonce.to_owned()))
        .map_err(rejected)
}

pub struct OidcProvider {
    settings: OidcSettings,
    http: HttpClient,
    metadata: OnceCell<CoreProviderMetadata>,
}

fn unavailable(error: impl std::fmt::Display) -> IdentityError {
    IdentityError::Unavailable(error.to_string())
}

fn rejected(error: impl std::fmt::Display) -> IdentityError {
    IdentityError::Rejected(error.to_string())
}

impl OidcProvider {
    pub fn new(settings: OidcSettings) -> Result<OidcProvider, IdentityError> {
        IssuerUrl::new(settings.issuer.clone()).map_err(rejected)?;
        RedirectUrl::new(settings.redirect_url.clone()).map_err(rejected)?;
        Ok(OidcProvider {
            settings,
            http: HttpClient::new(Duration::from_secs(10)),
            metadata: OnceCell::new(),
        })
    }

    async fn metadata(&self) -> Result<&CoreProviderMetadata, IdentityError> {
        self.metadata
            .get_or_try_init(|| async {
                let issuer = IssuerUrl::new(self.settings.issuer.clone()).map_err(rejected)?;
                let http = self.http.clone();
                let send = move |request| {
                    let http = http.clone();
                    async move { http.send(request).await }
                };
                CoreProviderMetadata::discover_async(issuer, &send)
                    .await
                    .map_err(unavailable)
            })
            .await
    }

    fn client(&self, metadata: &CoreProviderMetadata) -> Result<ProviderClient, IdentityError> {
        let redirect = RedirectUrl::new(self.settings.redirect_url.clone()).map_err(rejected)?;
        Ok(CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(self.settings.client_id.clone()),
            Some(ClientSecret::new(self.settings.client_secret.clone())),
        )
        .set_redirect_uri(redirect))
    }
}

/// The person as the provider describes them, from the ID token or the userinfo answer.
fn person(
    given_name: Option<&LocalizedClaim<EndUserGivenName>>,
    family_name: Option<&LocalizedClaim<EndUserFamilyName>>,
    email: Option<&EndUserEmail>,
    birth_date: Option<&EndUserBirthday>,
    address: Option<&AddressClaim>,
) -> PersonClaims {
    let text = |value: Option<String>| value.filter(|text| !text.trim().is_empty());
    PersonClaims {
        given_name: text(
            given_name
                .and_then(|names| names.get(None))
                .map(|name| name.to_string()),
        ),
        family_name: text(
            family_name
                .and_then(|names| names.get(None))
                .map(|name| name.to_string()),
        ),
        email: text(email.map(|email| email.to_string())),
        birth_date: text(birth_date.map(|date| date.to_string())),
        street: text(
            address
                .and_then(|a| a.street_address.as_ref())
                .map(|s| s.to_string()),
        ),
        postcode: text(
            address
                .and_then(|a| a.postal_code.as_ref())
                .map(|s| s.to_string()),
        ),
        city: text(
            address
                .and_then(|a| a.locality.as_ref())
                .map(|s| s.to_string()),
        ),
    }
}

/// Fills what the first claims lack from the second.
fn merged(first: PersonClaims, second: PersonClaims) -> PersonClaims {
    PersonClaims {
        given_name: first.given_name.or(second.given_name),
        family_name: first.family_name.or(second.family_name),
        email: first.email.or(second.email),
        birth_date: first.birth_date.or(second.birth_date),
        street: first.street.or(second.street),
        postcode: first.postcode.or(second.postcode),
        city: first.city.or(second.city),
    }
}

#[async_trait]
impl IdentityProvider for OidcProvider {
    async fn start(&self, level: TrustLevel) -> Result<LoginStart, IdentityError> {
        let metadata = self.metadata().await?;
        let client = self.client(metadata)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("profile".into()))
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("address".into()))
            .add_auth_context_value(AuthenticationContextClass::new(level.acr().into()))
            .set_pkce_challenge(challenge)
            .add_prompt(CoreAuthPrompt::Login)
            .url();
        Ok(LoginStart {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    async fn finish(
        &self,
        code: &str,
        pkce_verifier: &str,
        nonce: &str,
    ) -> Result<VerifiedLogin, IdentityError> {
        let metadata = self.metadata().await?;
        let client = self.client(metadata)?;
        let http = self.http.clone();
        let send = move |request| {
            let http = http.clone();
            async move { http.send(request).await }
        };
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(rejected)?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
            .request_async(&send)
            .await
            .map_err(rejected)?;
        let id_token = openidconnect::TokenResponse::id_token(&tokens)
            .ok_or_else(|| rejected("the answer has no ID token"))?;
        let claims = verified_claims(&client, id_token, nonce)?;
        let trust_level = claims
            .auth_context_ref()
            .map_or(TrustLevel::None, |acr| TrustLevel::from_acr(acr.as_str()));
        let mut described = person(
            claims.given_name(),
            claims.family_name(),
            claims.email(),
            claims.birthdate(),
            claims.address(),
        );
        if let Ok(request) = client.user_info(
            AccessToken::new(tokens.access_token().secret().clone()),
            Some(claims.subject().clone()),
        ) {
            match request
                .request_async::<EmptyAdditionalClaims, _, CoreGenderClaim>(&send)
                .await
            {
                Ok(info) => {
                    let info: UserInfoClaims<EmptyAdditionalClaims, CoreGenderClaim> = info;
                    let standard = info.standard_claims();
                    let from_userinfo = person(
                        standard.given_name(),
                        standard.family_name(),
                        standard.email(),
                        standard.birthdate(),
                        standard.address(),
                    );
                    described = merged(described, from_userinfo);
                }
                Err(error) => {
                    tracing::warn!(%error, "userinfo not read; the ID token's claims are used")
                }
            }
        }
        Ok(VerifiedLogin {
            issuer: claims.issuer().to_string(),
            subject: claims.subject().to_string(),
            trust_level,
            claims: described,
        })
    }
}
