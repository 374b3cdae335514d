//! What every handler can reach: the portal's use cases and seams, the tenant, the assets and
//! the metrics. Built once at start-up; cheap to clone.

use std::net::IpAddr;
use std::sync::Arc;

use domain::Tenant;
use services::Portal;
use services::catalogue::Catalogue;
use services::tenant::SharedTenant;

use super::assets::Assets;
use super::metrics::Metrics;
use crate::config::ServerConfig;

#[derive(Clone)]
pub struct AppState {
    pub portal: Arc<Portal>,
    /// The tenant, refreshed when units change; read it with [`AppState::tenant`].
    pub shared_tenant: Arc<SharedTenant>,
    pub catalogue: Arc<Catalogue>,
    pub assets: Arc<Assets>,
    pub metrics: Arc<Metrics>,
    /// Served over TLS (public URL is https): HSTS and `Secure` cookies.
    pub https: bool,
    /// Peers whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<Vec<IpAddr>>,
}

impl AppState {
    pub fn new(
        portal: Arc<Portal>,
        shared_tenant: Arc<SharedTenant>,
        catalogue: Catalogue,
        server: &ServerConfig,
    ) -> AppState {
        AppState {
            portal,
            shared_tenant,
            catalogue: Arc::new(catalogue),
            assets: Arc::new(Assets::embedded()),
            metrics: Arc::new(Metrics::new()),
            https: server.is_https(),
            trusted_proxies: Arc::new(server.trusted_proxies.clone()),
        }
    }

    /// The tenant as of now.
    pub fn tenant(&self) -> Arc<Tenant> {
        self.shared_tenant.current()
    }
}
