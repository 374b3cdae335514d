//! The login against a real OpenID provider (node oidc-provider, see `testing`): the code flow
//! with PKCE end to end, the trust level from `acr`, the person's claims, and what the provider
//! and the client refuse.

use domain::service::TrustLevel;
use identity::testing::{CLIENT_ID, CLIENT_SECRET, TestProvider, log_in};
use identity::{OidcProvider, OidcSettings};
use services::identity::{IdentityError, IdentityProvider};

const REDIRECT: &str = "http://127.0.0.1:9/anmelden/rueckkehr";

fn client(provider: &TestProvider, redirect: &str) -> OidcProvider {
    OidcProvider::new(OidcSettings {
        issuer: provider.issuer(),
        client_id: CLIENT_ID.into(),
        client_secret: CLIENT_SECRET.into(),
        redirect_url: redirect.into(),
    })
    .unwrap()
}

/// The `code` and `state` of the address the provider sent the browser back to.
fn code_and_state(back: &str) -> (String, String) {
    let query = back.split_once('?').expect("a query").1;
    let value = |name: &str| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
            .unwrap_or_else(|| panic!("no {name} in {back}"))
            .to_owned()
    };
    (value("code"), value("state"))
}

#[tokio::test]
async fn a_citizen_logs_in_with_pkce_and_comes_back_with_level_and_claims() {
    let Some(provider) = TestProvider::start(&[REDIRECT]) else {
        return;
    };
    let oidc = client(&provider, REDIRECT);
    let start = oidc.start(TrustLevel::Substantiell).await.unwrap();
    assert!(start.url.contains("code_challenge_method=S256"));
    assert!(start.url.contains("acr_values=STORK-QAA-Level-3"));
    assert!(
        start.url.contains("prompt=login"),
        "the provider asks the person every time"
    );
    let back = log_in(&provider, &start.url, "jonas", "elster")
        .await
        .unwrap();
    assert!(back.starts_with(REDIRECT), "{back}");
    let (code, state) = code_and_state(&back);
    assert_eq!(state, start.state, "the state comes back unchanged");

    let login = oidc
        .finish(&code, &start.pkce_verifier, &start.nonce)
        .await
        .unwrap();
    assert_eq!(login.issuer, provider.issuer());
    assert_eq!(login.subject, "jonas");
    assert_eq!(login.trust_level, TrustLevel::Substantiell);
    assert_eq!(login.claims.given_name.as_deref(), Some("Jonas"));
    assert_eq!(login.claims.family_name.as_deref(), Some("Weber"));
    assert_eq!(login.claims.birth_date.as_deref(), Some("1998-02-27"));
    assert_eq!(login.claims.postcode.as_deref(), Some("59423"));

    let replayed = oidc.finish(&code, &start.pkce_verifier, &start.nonce).await;
    assert!(
        matches!(replayed, Err(IdentityError::Rejected(_))),
        "a code works once"
    );
}

#[tokio::test]
async fn the_provider_and_the_client_refuse_what_does_not_fit() {
    let Some(provider) = TestProvider::start(&[REDIRECT]) else {
        return;
    };
    let oidc = client(&provider, REDIRECT);

    let start = oidc.start(TrustLevel::Basis).await.unwrap();
    let back = log_in(&provider, &start.url, "erika", "passwort")
        .await
        .unwrap();
    let (code, _) = code_and_state(&back);
    let wrong_verifier = oidc
        .finish(
            &code,
            "another-verifier-of-forty-three-characters-x",
            &start.nonce,
        )
        .await;
    assert!(
        matches!(wrong_verifier, Err(IdentityError::Rejected(_))),
        "PKCE"
    );

    let start = oidc.start(TrustLevel::Basis).await.unwrap();
    let back = log_in(&provider, &start.url, "erika", "passwort")
        .await
        .unwrap();
    let (code, _) = code_and_state(&back);
    let wrong_nonce = oidc
        .finish(&code, &start.pkce_verifier, "another-nonce")
        .await;
    assert!(
        matches!(wrong_nonce, Err(IdentityError::Rejected(_))),
        "nonce"
    );

    let start = oidc.start(TrustLevel::Hoch).await.unwrap();
    let refused = log_in(&provider, &start.url, "erika", "eid").await;
    assert!(
        refused
            .unwrap_err()
            .contains("steht für dieses Konto nicht zur Verfügung"),
        "no eID for erika"
    );

    let stranger = client(&provider, "http://127.0.0.1:9/elsewhere");
    let start = stranger.start(TrustLevel::Basis).await.unwrap();
    let unknown_redirect = log_in(&provider, &start.url, "erika", "passwort").await;
    assert!(
        unknown_redirect.is_err(),
        "an unregistered redirect URI gets no login"
    );
}

#[tokio::test]
async fn an_unreachable_provider_is_unavailable_not_an_error_of_the_visitor() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let oidc = OidcProvider::new(OidcSettings {
        issuer: format!("http://127.0.0.1:{port}"),
        client_id: CLIENT_ID.into(),
        client_secret: CLIENT_SECRET.into(),
        redirect_url: REDIRECT.into(),
    })
    .unwrap();
    assert!(matches!(
        oidc.start(TrustLevel::Basis).await,
        Err(IdentityError::Unavailable(_))
    ));
}
