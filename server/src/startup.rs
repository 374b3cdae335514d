//! Building the application from its configuration: storage, seams, tenant, web layer, worker.
//! `main` and the integration tests (`spawn_app`) both start the portal through here.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use domain::EmailAddress;
use files::{
    ClamdAddress, ClamdScanner, CommandLineExtractor, Credentials, FolderStore, S3Location, S3Store,
};
use i18n::Catalog;
use identity::{OidcProvider, OidcSettings};
use mail::{FolderMailer, SmtpMailer, SmtpSecurity, SmtpSettings};
use services::catalogue::Catalogue;
use services::identity::IdentityProvider;
use services::jobs::Worker;
use services::mailer::Mailer;
use services::tenant::SharedTenant;
use services::text_extraction::TextExtractor;
use services::uploads::{FileStore, Scanner};
use services::{Clock, Portal, PortalSettings, SystemClock};
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};

use crate::config::{
    Config, FileStoreKind, LoginConfig, MailTransport, SmtpSecurityConfig, UploadsConfig,
};
use crate::storage_backend::Backend;
use crate::web::{self, AppState};

/// A built portal, bound to its port, not yet serving.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    portal: Arc<Portal>,
    tenant: Arc<SharedTenant>,
    config: Config,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        Application::build_with_clock(config, Arc::new(SystemClock)).await
    }

    /// Like [`Application::build`] with a clock of the caller's (tests move time forward).
    pub async fn build_with_clock(
        config: Config,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Application> {
        let backend = Backend::connect(&config.database).await?;
        if config.database.migrate_on_start {
            backend.migrate().await?;
        }
        let portal = Arc::new(build_portal(&config, backend, clock).await?);
        let tenant = services::tenant::load_tenant(&portal, config.demo.seed_on_empty)
            .await
            .context("loading the tenant")?;
        let catalogue = load_catalogue(&portal, &tenant, &config).await?;
        let tenant = Arc::new(SharedTenant::new(tenant));
        let state = AppState::new(
            Arc::clone(&portal),
            Arc::clone(&tenant),
            catalogue,
            &config.server,
        );
        let router = web::router(state, &config.server)?;
        let listener = TcpListener::bind(config.server.listen)
            .await
            .with_context(|| format!("binding {}", config.server.listen))?;
        Ok(Application {
            listener,
            router,
            portal,
            tenant,
            config,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    pub fn portal(&self) -> Arc<Portal> {
        Arc::clone(&self.portal)
    }

    /// Serves until `shutdown` completes, then lets running requests and the current job finish.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop, stopped) = watch::channel(false);
        let worker = self.config.worker.enabled.then(|| {
            let poll = Duration::from_millis(self.config.worker.poll_interval_ms);
            let wake = Arc::clone(&self.portal.jobs_enqueued);
            let lease = time::Duration::seconds(
                self.config.worker.lease_secs.try_into().unwrap_or(i64::MAX),
            );
            tokio::spawn(
                Worker::new(Arc::clone(&self.portal))
                    .with_lease(lease)
                    .run(poll, wake, stopped),
            )
        });
        tokio::spawn(refresh_tenant(
            Arc::clone(&self.portal),
            Arc::clone(&self.tenant),
            stop.subscribe(),
        ));
        tracing::info!(address = %self.local_addr(), backend = self.portal.storage.backend_name(), "serving");
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            shutdown.await;
            tracing::info!("shutting down");
            stop.send_replace(true);
        })
        .await
        .context("serving HTTP")?;
        if let Some(worker) = worker {
            worker.await.context("waiting for the worker")?;
        }
        Ok(())
    }
}

/// Units changed on another instance reach this one within a minute.
const TENANT_REFRESH: Duration = Duration::from_secs(60);

async fn refresh_tenant(
    portal: Arc<Portal>,
    tenant: Arc<SharedTenant>,
    mut stopped: watch::Receiver<bool>,
) {
    let mut ticks = tokio::time::interval(TENANT_REFRESH);
    ticks.tick().await;
    loop {
        tokio::select! {
            _ = ticks.tick() => {
                if let Err(error) = tenant.refresh(&portal).await {
                    tracing::warn!(%error, "refreshing the tenant failed; keeping the last one");
                }
            }
            _ = stopped.changed() => return,
        }
    }
}

async fn build_portal(
    config: &Config,
    backend: Backend,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<Portal> {
    let catalog = Arc::new(Catalog::embedded().context("loading the texts in locales/")?);
    let from = EmailAddress::parse(&config.mail.from_address)
        .map_err(|e| anyhow::anyhow!("mail.from_address: {e}"))?;
    let mailer: Arc<dyn Mailer> = match config.mail.transport {
        MailTransport::Folder => Arc::new(FolderMailer::new(
            config.mail.folder.clone(),
            config.mail.from_name.clone(),
            from.clone(),
        )),
        MailTransport::Smtp => {
            let smtp = &config.mail.smtp;
            let settings = SmtpSettings {
                host: smtp.host.clone(),
                port: smtp.port,
                security: match smtp.security {
                    SmtpSecurityConfig::Starttls => SmtpSecurity::StartTls,
                    SmtpSecurityConfig::Tls => SmtpSecurity::Tls,
                    SmtpSecurityConfig::None => SmtpSecurity::None,
                },
                username: smtp.username.clone(),
                password: smtp.password.as_ref().map(|p| p.expose().to_owned()),
                timeout: Duration::from_secs(smtp.timeout_secs),
            };
            Arc::new(SmtpMailer::new(
                &settings,
                config.mail.from_name.clone(),
                from.clone(),
            )?)
        }
    };
    let scanner: Option<Arc<dyn Scanner>> = config.uploads.clamd.as_deref().map(|address| {
        let address = match address.strip_prefix("unix:") {
            Some(path) => ClamdAddress::Unix(path.into()),
            None => ClamdAddress::Tcp(address.trim_start_matches("tcp:").to_owned()),
        };
        Arc::new(ClamdScanner::new(
            address,
            Duration::from_secs(config.uploads.scan_timeout_secs),
        )) as Arc<dyn Scanner>
    });
    let search = backend.search_index(&config.search)?;
    Ok(Portal {
        search,
        text: text_extractor(),
        webhooks: Arc::new(crate::webhooks::HttpWebhookSender::new(
            Duration::from_secs(10),
        )),
        storage: backend.into_storage(),
        mailer,
        files: file_store(&config.uploads).await?,
        identity: identity_provider(&config.login, config, "/anmelden/rueckkehr")?,
        staff_identity: identity_provider(
            &config.staff_login,
            config,
            "/verwaltung/anmelden/rueckkehr",
        )?,
        scanner,
        catalog,
        clock,
        settings: PortalSettings {
            tenant_slug: config.tenant.slug.clone(),
            public_url: config.server.public_url.clone(),
            mail_from: from,
            draft_lifetime: time::Duration::days(config.drafts.lifetime_days.into()),
            expiry_reminder: time::Duration::days(config.drafts.reminder_days.into()),
            sessions: config.sessions.policy(),
            rate_limits: config.limits.rate_limits(),
            local_accounts: config.login.local_accounts,
        },
        jobs_enqueued: Arc::new(Notify::new()),
    })
}

/// Reads documents with poppler and Tesseract where they are installed; says once what is missing.
fn text_extractor() -> Arc<dyn TextExtractor> {
    let extractor = CommandLineExtractor::detect();
    if !extractor.reads_scans() {
        tracing::info!(
            tools = ?extractor.found(),
            "scans are not read for the search (Tesseract with German is not installed)"
        );
    }
    Arc::new(extractor)
}

/// An OpenID provider (for citizens, or the authority's for staff), when configured, coming
/// back to `callback_path`. Its discovery document is read on the first login, so a provider
/// that is down does not stop the portal.
fn identity_provider(
    login: &LoginConfig,
    config: &Config,
    callback_path: &str,
) -> anyhow::Result<Option<Arc<dyn IdentityProvider>>> {
    let Some(issuer) = &login.issuer else {
        return Ok(None);
    };
    let provider = OidcProvider::new(OidcSettings {
        issuer: issuer.clone(),
        client_id: login.client_id.clone(),
        client_secret: login
            .client_secret
            .as_ref()
            .map(|secret| secret.expose().to_owned())
            .unwrap_or_default(),
        redirect_url: format!("{}{callback_path}", config.server.public_url),
    })
    .map_err(|e| anyhow::anyhow!("{callback_path}: {e}"))?;
    Ok(Some(Arc::new(provider)))
}

/// The configured file store; an S3 bucket must answer before the server starts.
async fn file_store(uploads: &UploadsConfig) -> anyhow::Result<Arc<dyn FileStore>> {
    match uploads.store {
        FileStoreKind::Folder => Ok(Arc::new(FolderStore::new(uploads.folder.clone()))),
        FileStoreKind::S3 => {
            let s3 = &uploads.s3;
            let location = S3Location {
                endpoint: s3.endpoint.clone(),
                bucket: s3.bucket.clone(),
                credentials: Credentials {
                    access_key: s3.access_key.clone(),
                    secret_key: s3
                        .secret_key
                        .as_ref()
                        .map(|k| k.expose().to_owned())
                        .unwrap_or_default(),
                    region: s3.region.clone(),
                },
            };
            let store = S3Store::new(location, uploads.folder.join("staging"))
                .map_err(|e| anyhow::anyhow!("uploads.s3: {e}"))?;
            store
                .check()
                .await
                .map_err(|e| anyhow::anyhow!("uploads.s3 does not answer: {e}"))?;
            Ok(Arc::new(store))
        }
    }
}

/// Imports the service definitions (the demo tenant's own, then those of `catalogue.folder`)
/// and loads the catalogue. A definition that does not pass its checks stops the start.
async fn load_catalogue(
    portal: &Portal,
    tenant: &domain::Tenant,
    config: &Config,
) -> anyhow::Result<Catalogue> {
    if tenant.demo {
        services::catalogue::import(portal, tenant, services::catalogue::DEMO_SERVICES).await?;
    }
    if let Some(folder) = &config.catalogue.folder {
        let files = read_definitions(folder)?;
        let borrowed: Vec<(&str, &str)> = files
            .iter()
            .map(|(name, source)| (name.as_str(), source.as_str()))
            .collect();
        services::catalogue::import(portal, tenant, &borrowed).await?;
    }
    Ok(services::catalogue::load(portal, tenant).await?)
}

/// `(file name, content)` of every `*.json` in `folder`, in name order.
fn read_definitions(folder: &std::path::Path) -> anyhow::Result<Vec<(String, String)>> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
        .with_context(|| format!("reading catalogue.folder {}", folder.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let source = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            Ok((path.display().to_string(), source))
        })
        .collect()
}

/// `server migrate`
pub async fn migrate(config: &Config) -> anyhow::Result<()> {
    let backend = Backend::connect(&config.database).await?;
    backend.migrate().await?;
    tracing::info!(database = %config.database.url, "migrations applied");
    Ok(())
}

/// `server seed-demo`
pub async fn seed_demo(config: &Config) -> anyhow::Result<()> {
    let backend = Backend::connect(&config.database).await?;
    if config.database.migrate_on_start {
        backend.migrate().await?;
    }
    let portal = build_portal(config, backend, Arc::new(SystemClock)).await?;
    services::tenant::seed_demo(&portal)
        .await
        .context("seeding the demo tenant")?;
    Ok(())
}

/// What `server add-staff` hands over.
pub struct AddedStaff {
    pub username: String,
    pub initial_password: String,
    pub totp: domain::staff::TotpSecret,
    pub otpauth_uri: String,
}

/// `server add-staff`: adds a staff member; problems with the input are named one by one.
pub async fn add_staff(
    config: &Config,
    input: &services::staff::NewStaffInput,
) -> anyhow::Result<AddedStaff> {
    let (portal, tenant) = portal_for_a_command(config).await?;
    match services::staff::create(&portal, &tenant, None, input).await {
        Ok(created) => {
            let issuer = format!("Kreisportal {}", tenant.name.get(domain::Locale::De));
            Ok(AddedStaff {
                username: created.username.to_string(),
                otpauth_uri: created.totp.otpauth_uri(&issuer, created.username.as_str()),
                initial_password: created.initial_password,
                totp: created.totp,
            })
        }
        Err(services::staff::StaffError::Invalid(errors)) => anyhow::bail!(
            "the staff member was not added:{}",
            problems(&portal, &errors)
        ),
        Err(error) => Err(error).context("adding the staff member"),
    }
}

/// `server add-api-client`: adds an integration; its token and webhook secret, to hand over.
pub async fn add_api_client(
    config: &Config,
    input: &services::integration::ApiClientInput,
) -> anyhow::Result<services::integration::CreatedApiClient> {
    let (portal, tenant) = portal_for_a_command(config).await?;
    match services::integration::create_client(&portal, &tenant, "system:cli", input).await? {
        Ok(created) => Ok(created),
        Err(errors) => anyhow::bail!(
            "the API client was not added:{}",
            problems(&portal, &errors)
        ),
    }
}

/// The portal and its tenant for a command that changes data (migrated first when configured).
async fn portal_for_a_command(config: &Config) -> anyhow::Result<(Portal, domain::Tenant)> {
    let backend = Backend::connect(&config.database).await?;
    if config.database.migrate_on_start {
        backend.migrate().await?;
    }
    let portal = build_portal(config, backend, Arc::new(SystemClock)).await?;
    let tenant = services::tenant::load_tenant(&portal, config.demo.seed_on_empty)
        .await
        .context("loading the tenant")?;
    Ok((portal, tenant))
}

/// A form's problems as lines for the terminal, in English.
fn problems(portal: &Portal, errors: &domain::FormErrors) -> String {
    errors
        .iter()
        .map(|error| {
            format!(
                "\n  - {}: {}",
                error.field,
                i18n::errors::error_text(&portal.catalog, domain::Locale::En, &error.message)
            )
        })
        .collect()
}

/// `server audit verify`: the verdict on the whole trail, with progress on standard error.
pub async fn verify_audit(
    config: &Config,
) -> anyhow::Result<Result<u64, domain::audit::ChainBreak>> {
    let backend = Backend::connect(&config.database).await?;
    let portal = build_portal(config, backend, Arc::new(SystemClock)).await?;
    let verdict = services::audit::verify_trail(&portal, |checked| {
        #[expect(clippy::print_stderr, reason = "progress of a command line tool")]
        {
            eprint!("\r{checked} entries checked");
        }
    })
    .await
    .context("reading the audit trail")?;
    #[expect(clippy::print_stderr, reason = "ending the progress line")]
    {
        eprintln!();
    }
    Ok(verdict)
}

/// `server reindex`: empties the search index and fills it again from the records, with a
/// progress bar on standard error. With SQLite, stop the server first (one writer per index).
pub async fn reindex(config: &Config) -> anyhow::Result<services::search::Rebuilt> {
    let backend = Backend::connect(&config.database).await?;
    if config.database.migrate_on_start {
        backend.migrate().await?;
    }
    let portal = build_portal(config, backend, Arc::new(SystemClock)).await?;
    let mut bar = crate::progress::ProgressBar::new("indexed");
    let rebuilt = services::search::rebuild(&portal, |done, total| bar.show(done, total))
        .await
        .context("rebuilding the search index")?;
    bar.finish();
    Ok(rebuilt)
}

/// `server worker`: only the outbox worker, until `shutdown`.
pub async fn run_worker(config: Config, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    let backend = Backend::connect(&config.database).await?;
    if config.database.migrate_on_start {
        backend.migrate().await?;
    }
    let portal = Arc::new(build_portal(&config, backend, Arc::new(SystemClock)).await?);
    let (stop, stopped) = watch::channel(false);
    let poll = Duration::from_millis(config.worker.poll_interval_ms);
    let wake = Arc::clone(&portal.jobs_enqueued);
    let lease = time::Duration::seconds(config.worker.lease_secs.try_into().unwrap_or(i64::MAX));
    let worker = tokio::spawn(
        Worker::new(portal)
            .with_lease(lease)
            .run(poll, wake, stopped),
    );
    shutdown.await;
    stop.send_replace(true);
    worker.await.context("waiting for the worker")
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
}
