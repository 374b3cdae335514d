//! Who is asking, for the rate limits: the peer's address, or behind a trusted reverse proxy
//! the address it forwarded. Never logged and never stored as such.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use super::AppState;

/// The client's address as text; `"unknown"` when the server cannot tell (all such requests
/// share one limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip());
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .filter_map(|entry| entry.trim().parse::<IpAddr>().ok())
            .collect::<Vec<_>>();
        Ok(ClientAddress(
            client_of(peer, &forwarded, &state.trusted_proxies)
                .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string()),
        ))
    }
}

/// From a trusted proxy, the last forwarded address that is not itself a trusted proxy (the
/// entries before it could be made up by the client); from anyone else, the peer.
fn client_of(peer: Option<IpAddr>, forwarded: &[IpAddr], trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    forwarded
        .iter()
        .rev()
        .find(|address| !trusted.contains(address))
        .copied()
        .or(Some(peer))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn only_a_trusted_proxy_may_name_the_client() {
        let proxy = ip("10.0.0.2");
        let forged_then_real = [ip("203.0.113.9"), ip("198.51.100.4")];
        assert_eq!(
            client_of(Some(ip("198.51.100.4")), &forged_then_real, &[proxy]),
            Some(ip("198.51.100.4")),
            "a direct client cannot claim another address"
        );
        assert_eq!(
            client_of(Some(proxy), &forged_then_real, &[proxy]),
            Some(ip("198.51.100.4")),
            "the proxy's own entry counts, the client's made-up one does not"
        );
        assert_eq!(
            client_of(Some(proxy), &[], &[proxy]),
            Some(proxy),
            "a proxy that forwards nothing is the client"
        );
        assert_eq!(client_of(None, &[], &[]), None);
    }
}
