//! Every way an ID token must be refused, checked with tokens made here and signed with a key
//! made for these tests only (`test_key.pem`), against the verifier exactly as the login builds it.

use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use openidconnect::core::{
    CoreIdToken, CoreIdTokenClaims, CoreJsonWebKeySet, CoreJwsSigningAlgorithm,
    CoreProviderMetadata, CoreResponseType, CoreRsaPrivateSigningKey, CoreSubjectIdentifierType,
};
use openidconnect::{
    Audience, AuthUrl, AuthenticationContextClass, EmptyAdditionalClaims,
    EmptyAdditionalProviderMetadata, IssuerUrl, JsonWebKeyId, JsonWebKeySetUrl, Nonce,
    PrivateSigningKey, ResponseTypes, StandardClaims, SubjectIdentifier, TokenUrl,
};

use super::{OidcProvider, OidcSettings, ProviderClient, verified_claims};

const ISSUER: &str = "https://id.kreis-unna.example";
const CLIENT: &str = "kreisportal";

fn signing_key() -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(
        include_str!("test_key.pem"),
        Some(JsonWebKeyId::new("test-key".into())),
    )
    .expect("the test key parses")
}

fn client() -> ProviderClient {
    let metadata = CoreProviderMetadata::new(
        IssuerUrl::new(ISSUER.into()).unwrap(),
        AuthUrl::new(format!("{ISSUER}/auth")).unwrap(),
        JsonWebKeySetUrl::new(format!("{ISSUER}/jwks")).unwrap(),
        vec![ResponseTypes::new(vec![CoreResponseType::Code])],
        vec![CoreSubjectIdentifierType::Public],
        vec![CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256],
        EmptyAdditionalProviderMetadata {},
    )
    .set_token_endpoint(Some(TokenUrl::new(format!("{ISSUER}/token")).unwrap()))
    .set_jwks(CoreJsonWebKeySet::new(vec![
        signing_key().as_verification_key(),
    ]));
    let provider = OidcProvider::new(OidcSettings {
        issuer: ISSUER.into(),
        client_id: CLIENT.into(),
        client_secret: "secret".into(),
        redirect_url: "https://portal.kreis-unna.example/anmelden/rueckkehr".into(),
    })
    .unwrap();
    provider.client(&metadata).unwrap()
}

struct Token {
    issuer: &'static str,
    audience: &'static str,
    expires_in: chrono::Duration,
    nonce: &'static str,
}

const GOOD: Token = Token {
    issuer: ISSUER,
    audience: CLIENT,
    expires_in: chrono::Duration::minutes(5),
    nonce: "the-nonce",
};

fn claims(token: &Token) -> CoreIdTokenClaims {
    let now = chrono::Utc::now();
    CoreIdTokenClaims::new(
        IssuerUrl::new(token.issuer.into()).unwrap(),
        vec![Audience::new(token.audience.into())],
        now + token.expires_in,
        now - chrono::Duration::minutes(1),
        StandardClaims::new(SubjectIdentifier::new("jonas".into())),
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new(token.nonce.into())))
    .set_auth_context_ref(Some(AuthenticationContextClass::new(
        "STORK-QAA-Level-3".into(),
    )))
}

fn signed(token: &Token) -> CoreIdToken {
    CoreIdToken::new(
        claims(token),
        &signing_key(),
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .unwrap()
}

#[test]
fn a_good_token_passes_with_its_level() {
    let token = signed(&GOOD);
    let checked = verified_claims(&client(), &token, "the-nonce").expect("accepted");
    assert_eq!(checked.subject().as_str(), "jonas");
    assert_eq!(
        checked.auth_context_ref().unwrap().as_str(),
        "STORK-QAA-Level-3"
    );
}

#[test]
fn tokens_of_another_issuer_or_audience_expired_or_with_another_nonce_are_refused() {
    for (token, why) in [
        (
            Token {
                issuer: "https://evil.example",
                ..GOOD
            },
            "another issuer",
        ),
        (
            Token {
                audience: "another-client",
                ..GOOD
            },
            "another audience",
        ),
        (
            Token {
                expires_in: chrono::Duration::minutes(-2),
                ..GOOD
            },
            "expired",
        ),
        (
            Token {
                nonce: "a-replayed-nonce",
                ..GOOD
            },
            "another nonce",
        ),
    ] {
        assert!(
            verified_claims(&client(), &signed(&token), "the-nonce").is_err(),
            "{why}"
        );
    }
}

#[test]
fn unsigned_and_wrongly_signed_tokens_are_refused() {
    let payload = serde_json::to_vec(&claims(&GOOD)).unwrap();
    let unsigned = format!(
        "{}.{}.",
        URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(&payload)
    );
    let refused = CoreIdToken::from_str(&unsigned).map_or(true, |token| {
        verified_claims(&client(), &token, "the-nonce").is_err()
    });
    assert!(refused, "alg none");

    let good = signed(&GOOD).to_string();
    let (head, rest) = good.split_once('.').unwrap();
    let (_, signature) = rest.split_once('.').unwrap();
    let mut other = claims(&GOOD);
    other = other.set_auth_context_ref(Some(AuthenticationContextClass::new(
        "STORK-QAA-Level-4".into(),
    )));
    let forged = format!(
        "{head}.{}.{signature}",
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(&other).unwrap())
    );
    let token = CoreIdToken::from_str(&forged).expect("parses");
    assert!(
        verified_claims(&client(), &token, "the-nonce").is_err(),
        "a changed claim breaks the signature"
    );
}
