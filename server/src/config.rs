//! Configuration in layers: built-in defaults, then `kreisportal.toml` (or the file given with
//! `--config`), then environment variables `KREISPORTAL__SECTION__KEY` (e.g.
//! `KREISPORTAL__DATABASE__URL=postgres://…`). Secrets never appear in `Debug` output or logs.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::{Deserialize, Serialize, Serializer};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub server: ServerConfig,
    pub database: DatabaseConfig,
    pub tenant: TenantConfig,
    pub demo: DemoConfig,
    pub catalogue: CatalogueConfig,
    pub uploads: UploadsConfig,
    pub search: SearchConfig,
    pub drafts: DraftsConfig,
    pub login: LoginConfig,
    /// The authority's own OpenID provider for staff (same settings as `login`); its redirect
    /// URI is `<public_url>/verwaltung/anmelden/rueckkehr`.
    pub staff_login: LoginConfig,
    pub sessions: SessionsConfig,
    pub limits: LimitsConfig,
    pub mail: MailConfig,
    pub worker: WorkerConfig,
    pub log: LogConfig,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// Address and port to listen on.
    pub listen: SocketAddr,
    /// The address citizens use, e.g. `https://portal.kreis-unna.de`. An `https` address turns on
    /// HSTS and `Secure` cookies, and is trusted as the origin of form posts.
    pub public_url: String,
    /// Largest request body accepted, in bytes (posts with files excepted: their limit follows
    /// from the largest file a form may take).
    pub body_limit_bytes: usize,
    /// Requests running longer are answered with 408.
    pub request_timeout_secs: u64,
    /// The same for posts with files, which take long on a slow mobile connection.
    pub upload_timeout_secs: u64,
    /// Reverse proxies in front of the portal: from these peers the client's address is taken
    /// from `X-Forwarded-For` (for the rate limits). Empty: the peer is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 3000)),
            public_url: "http://localhost:3000".into(),
            body_limit_bytes: 256 * 1024,
            request_timeout_secs: 30,
            upload_timeout_secs: 600,
            trusted_proxies: Vec::new(),
        }
    }
}

impl ServerConfig {
    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `sqlite://path/to/file.db` (embedded default) or `postgres://user:password@host/db`.
    pub url: DatabaseUrl,
    pub max_connections: u32,
    /// Apply pending migrations when the server starts (otherwise run `server migrate`).
    pub migrate_on_start: bool,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        DatabaseConfig {
            url: DatabaseUrl("sqlite://data/kreisportal.db".into()),
            max_connections: 8,
            migrate_on_start: true,
        }
    }
}

/// A database URL. It may contain a password, so `Debug`, `Display` and serialisation show it
/// with the password replaced.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> Self {
        DatabaseUrl(url.into())
    }

    /// The URL with its password; only for connecting.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_postgres(&self) -> bool {
        self.0.starts_with("postgres://") || self.0.starts_with("postgresql://")
    }

    pub fn is_sqlite(&self) -> bool {
        self.0.starts_with("sqlite:")
    }

    fn redacted(&self) -> String {
        let Some((scheme, rest)) = self.0.split_once("://") else {
            return self.0.clone();
        };
        match rest.split_once('@') {
            Some((credentials, host)) => match credentials.split_once(':') {
                Some((user, _password)) => format!("{scheme}://{user}:[redacted]@{host}"),
                None => self.0.clone(),
            },
            None => self.0.clone(),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.redacted())
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

impl Serialize for DatabaseUrl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.redacted())
    }
}

/// A secret value (password, token): shown as `[redacted]` everywhere but where it is used.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("[redacted]")
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct TenantConfig {
    /// Which tenant this installation serves.
    pub slug: String,
}

impl Default for TenantConfig {
    fn default() -> Self {
        TenantConfig {
            slug: "kreis-unna".into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DemoConfig {
    /// Seed the demo tenant (Kreis Unna) when the database holds no tenant at all.
    pub seed_on_empty: bool,
}

impl Default for DemoConfig {
    fn default() -> Self {
        DemoConfig {
            seed_on_empty: true,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CatalogueConfig {
    /// A folder of service definition files (`*.json`) imported at start-up. The demo tenant
    /// brings its own services; a real tenant keeps its definitions here.
    pub folder: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct UploadsConfig {
    /// Where uploaded files are kept: `folder` (embedded default) or `s3`.
    pub store: FileStoreKind,
    /// The folder store's folder, outside any web root; with `s3`, files are received here
    /// (in `staging/`) before they go to the bucket.
    pub folder: PathBuf,
    pub s3: S3Config,
    /// ClamAV's clamd: `tcp:host:port` or `unix:/path/to/clamd.ctl`. Without it uploads are
    /// kept as unscanned; when it is set but unreachable, uploads are quarantined.
    pub clamd: Option<String>,
    pub scan_timeout_secs: u64,
}

impl Default for UploadsConfig {
    fn default() -> Self {
        UploadsConfig {
            store: FileStoreKind::Folder,
            folder: PathBuf::from("data/files"),
            s3: S3Config::default(),
            clamd: None,
            scan_timeout_secs: 30,
        }
    }
}

/// The back office's full-text search. Its engine follows the database: with SQLite a tantivy
/// index in `folder`, with PostgreSQL the database's own full-text search (one index for every
/// instance; see ARCHITECTURE.md, "Search").
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SearchConfig {
    pub folder: PathBuf,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig {
            folder: PathBuf::from("data/search"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileStoreKind {
    /// Files in `uploads.folder` (one instance, or a folder shared by all instances).
    Folder,
    /// An S3-compatible object store (MinIO, Ceph, Garage, AWS), shared by all instances.
    S3,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct S3Config {
    /// e.g. `https://s3.kreis-unna.example` (path-style requests: `<endpoint>/<bucket>/<key>`).
    pub endpoint: String,
    pub bucket: String,
    pub region: String,
    pub access_key: String,
    pub secret_key: Option<Secret>,
}

impl Default for S3Config {
    fn default() -> Self {
        S3Config {
            endpoint: String::new(),
            bucket: "kreisportal".into(),
            region: "us-east-1".into(),
            access_key: String::new(),
            secret_key: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MailTransport {
    /// Write each mail as an `.eml` file into `mail.folder` (embedded default).
    Folder,
    /// Send through the SMTP server in `mail.smtp`.
    Smtp,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MailConfig {
    pub transport: MailTransport,
    pub folder: PathBuf,
    pub from_address: String,
    pub from_name: String,
    pub smtp: SmtpConfig,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            transport: MailTransport::Folder,
            folder: PathBuf::from("data/mail"),
            from_address: "noreply@kreis-unna.example".into(),
            from_name: "Kreisportal Kreis Unna".into(),
            smtp: SmtpConfig::default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurityConfig {
    Starttls,
    Tls,
    /// Only for a relay on the same host.
    None,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurityConfig,
    pub username: Option<String>,
    pub password: Option<Secret>,
    pub timeout_secs: u64,
}

impl Default for SmtpConfig {
    fn default() -> Self {
        SmtpConfig {
            host: "localhost".into(),
            port: 587,
            security: SmtpSecurityConfig::Starttls,
            username: None,
            password: None,
            timeout_secs: 30,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DraftsConfig {
    /// Days a draft is kept after its last change (the applicant is told the date).
    pub lifetime_days: u32,
    /// Days before the deletion that applicants who gave an e-mail address are reminded.
    pub reminder_days: u32,
}

impl Default for DraftsConfig {
    fn default() -> Self {
        DraftsConfig {
            lifetime_days: 30,
            reminder_days: 3,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LoginConfig {
    /// The OpenID provider (a broker in front of BundID), e.g. `https://id.kreis-unna.example`.
    /// Without it, services that need more than trust level "basis" cannot be applied for.
    pub issuer: Option<String>,
    pub client_id: String,
    pub client_secret: Option<Secret>,
    /// Citizens may also register with an e-mail address and a password (trust level "basis").
    pub local_accounts: bool,
}

impl Default for LoginConfig {
    fn default() -> Self {
        LoginConfig {
            issuer: None,
            client_id: String::new(),
            client_secret: None,
            local_accounts: true,
        }
    }
}

/// Session lengths per trust level, in minutes: in all, and without a request.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SessionsConfig {
    pub basis_minutes: i64,
    pub basis_idle_minutes: i64,
    pub substantiell_minutes: i64,
    pub substantiell_idle_minutes: i64,
    pub hoch_minutes: i64,
    pub hoch_idle_minutes: i64,
}

impl Default for SessionsConfig {
    fn default() -> Self {
        let policy = services::accounts::SessionPolicy::default();
        SessionsConfig {
            basis_minutes: policy.basis.absolute.whole_minutes(),
            basis_idle_minutes: policy.basis.idle.whole_minutes(),
            substantiell_minutes: policy.substantiell.absolute.whole_minutes(),
            substantiell_idle_minutes: policy.substantiell.idle.whole_minutes(),
            hoch_minutes: policy.hoch.absolute.whole_minutes(),
            hoch_idle_minutes: policy.hoch.idle.whole_minutes(),
        }
    }
}

impl SessionsConfig {
    pub fn policy(&self) -> services::accounts::SessionPolicy {
        let timeouts = |absolute: i64, idle: i64| domain::account::SessionTimeouts {
            absolute: time::Duration::minutes(absolute),
            idle: time::Duration::minutes(idle),
        };
        services::accounts::SessionPolicy {
            basis: timeouts(self.basis_minutes, self.basis_idle_minutes),
            substantiell: timeouts(self.substantiell_minutes, self.substantiell_idle_minutes),
            hoch: timeouts(self.hoch_minutes, self.hoch_idle_minutes),
        }
    }
}

/// Rate limits per client address: at most so many requests per window (seconds).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LimitsConfig {
    pub logins_per_window: u32,
    pub login_window_secs: i64,
    pub mail_links_per_window: u32,
    pub mail_link_window_secs: i64,
    pub status_lookups_per_window: u32,
    pub status_lookup_window_secs: i64,
    pub feedback_per_window: u32,
    pub feedback_window_secs: i64,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        let limits = services::rate_limits::RateLimits::default();
        LimitsConfig {
            logins_per_window: limits.login.hits,
            login_window_secs: limits.login.window.whole_seconds(),
            mail_links_per_window: limits.mail_link.hits,
            mail_link_window_secs: limits.mail_link.window.whole_seconds(),
            status_lookups_per_window: limits.status_lookup.hits,
            status_lookup_window_secs: limits.status_lookup.window.whole_seconds(),
            feedback_per_window: limits.feedback.hits,
            feedback_window_secs: limits.feedback.window.whole_seconds(),
        }
    }
}

impl LimitsConfig {
    fn each(&self) -> [(&'static str, u32, i64); 4] {
        [
            ("login", self.logins_per_window, self.login_window_secs),
            (
                "mail_link",
                self.mail_links_per_window,
                self.mail_link_window_secs,
            ),
            (
                "status_lookup",
                self.status_lookups_per_window,
                self.status_lookup_window_secs,
            ),
            (
                "feedback",
                self.feedback_per_window,
                self.feedback_window_secs,
            ),
        ]
    }

    pub fn rate_limits(&self) -> services::rate_limits::RateLimits {
        let limit = |hits: u32, secs: i64| domain::rate_limit::RateLimit {
            hits,
            window: time::Duration::seconds(secs),
        };
        services::rate_limits::RateLimits {
            login: limit(self.logins_per_window, self.login_window_secs),
            mail_link: limit(self.mail_links_per_window, self.mail_link_window_secs),
            status_lookup: limit(
                self.status_lookups_per_window,
                self.status_lookup_window_secs,
            ),
            feedback: limit(self.feedback_per_window, self.feedback_window_secs),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkerConfig {
    /// Run the outbox worker inside `serve`. Turn off when `server worker` runs separately.
    pub enabled: bool,
    /// How often to look for due jobs that were not announced in this process.
    pub poll_interval_ms: u64,
    /// How long a claimed job is held. A worker that dies mid-job (crash, `kill -9`) gives it
    /// up after this, and another worker runs it again; it must exceed the longest job (the
    /// SMTP timeout).
    pub lease_secs: u64,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            enabled: true,
            poll_interval_ms: 1000,
            lease_secs: 120,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines (development).
    Pretty,
    /// One JSON object per line (production log collectors).
    Json,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    pub format: LogFormat,
    /// A `tracing` filter such as `info` or `info,server=debug`; `RUST_LOG` overrides it.
    pub filter: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: LogFormat::Pretty,
            filter: "info".into(),
        }
    }
}

/// Why the configuration is not usable; lists every problem found.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration: {0}")]
    Load(#[from] Box<figment::Error>),
    #[error("the configuration has problems:\n  - {}", .0.join("\n  - "))]
    Invalid(Vec<String>),
}

impl Config {
    /// Loads defaults, then `file` (if it exists), then `KREISPORTAL__…` variables, and checks
    /// the result.
    pub fn load(file: &Path) -> Result<Config, ConfigError> {
        let config: Config = Figment::new()
            .merge(Toml::file(file))
            .merge(Env::prefixed("KREISPORTAL__").split("__"))
            .extract()
            .map_err(Box::new)?;
        config.validate()?;
        Ok(config)
    }

    /// Checks what types alone cannot.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let mut problems = Vec::new();
        let url = &self.server.public_url;
        if !(url.starts_with("http://") || url.starts_with("https://")) || url.ends_with('/') {
            problems.push(format!(
                "server.public_url must start with http:// or https:// and not end with /: {url:?}"
            ));
        }
        if self.server.body_limit_bytes < 1024 {
            problems.push("server.body_limit_bytes must be at least 1024".into());
        }
        if !self.database.url.is_sqlite() && !self.database.url.is_postgres() {
            problems.push(format!(
                "database.url must start with sqlite: or postgres://, not {}",
                self.database.url
            ));
        }
        if domain::EmailAddress::parse(&self.mail.from_address).is_err() {
            problems.push(format!(
                "mail.from_address is not an e-mail address: {:?}",
                self.mail.from_address
            ));
        }
        if self.mail.transport == MailTransport::Smtp && self.mail.smtp.host.trim().is_empty() {
            problems.push("mail.smtp.host is required when mail.transport = \"smtp\"".into());
        }
        if self.mail.smtp.username.is_some() != self.mail.smtp.password.is_some() {
            problems.push("mail.smtp.username and mail.smtp.password go together".into());
        }
        if let Some(clamd) = &self.uploads.clamd
            && !(clamd.starts_with("tcp:") || clamd.starts_with("unix:"))
        {
            problems.push(format!(
                "uploads.clamd must start with tcp: or unix:, not {clamd:?}"
            ));
        }
        let drafts = &self.drafts;
        if !(1..=365).contains(&drafts.lifetime_days)
            || drafts.reminder_days >= drafts.lifetime_days
        {
            problems.push(format!(
                "drafts.lifetime_days must be 1 to 365 and drafts.reminder_days less than it, not {} and {}",
                drafts.lifetime_days, drafts.reminder_days
            ));
        }
        if self.worker.lease_secs <= self.mail.smtp.timeout_secs {
            problems.push(format!(
                "worker.lease_secs ({}) must be longer than mail.smtp.timeout_secs ({})",
                self.worker.lease_secs, self.mail.smtp.timeout_secs
            ));
        }
        if self.uploads.store == FileStoreKind::S3 {
            let s3 = &self.uploads.s3;
            let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
                .iter()
                .any(|prefix| s3.endpoint.starts_with(prefix));
            if !(s3.endpoint.starts_with("https://") || loopback) || s3.endpoint.ends_with('/') {
                problems.push(format!(
                    "uploads.s3.endpoint must be https:// (http:// only on loopback) without a trailing /, not {:?}",
                    s3.endpoint
                ));
            }
            if s3.bucket.is_empty() || s3.access_key.is_empty() || s3.secret_key.is_none() {
                problems.push(
                    "uploads.s3.bucket, access_key and secret_key are required when uploads.store = \"s3\"".into(),
                );
            }
        }
        for (name, login) in [("login", &self.login), ("staff_login", &self.staff_login)] {
            let Some(issuer) = &login.issuer else {
                continue;
            };
            let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
                .iter()
                .any(|prefix| issuer.starts_with(prefix));
            if !(issuer.starts_with("https://") || loopback) {
                problems.push(format!(
                    "{name}.issuer must be https:// (http:// only on loopback), not {issuer:?}"
                ));
            }
            if login.client_id.is_empty() || login.client_secret.is_none() {
                problems.push(format!(
                    "{name}.client_id and {name}.client_secret go with {name}.issuer"
                ));
            }
        }
        for (name, hits, secs) in self.limits.each() {
            if hits == 0 || !(1..=86_400).contains(&secs) {
                problems.push(format!(
                    "limits: {name} needs at least 1 request per window and a window of 1 to 86400 seconds"
                ));
            }
        }
        let s = &self.sessions;
        for (name, absolute, idle) in [
            ("basis", s.basis_minutes, s.basis_idle_minutes),
            (
                "substantiell",
                s.substantiell_minutes,
                s.substantiell_idle_minutes,
            ),
            ("hoch", s.hoch_minutes, s.hoch_idle_minutes),
        ] {
            if !(1..=7 * 24 * 60).contains(&absolute) || !(1..=absolute).contains(&idle) {
                problems.push(format!(
                    "sessions.{name}_minutes must be 1 to 10080 and sessions.{name}_idle_minutes 1 to it"
                ));
            }
        }
        if self.tenant.slug.trim().is_empty() {
            problems.push("tenant.slug must not be empty".into());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ConfigError::Invalid(problems))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show_in_debug_or_serialised_output() {
        let mut config = Config::default();
        config.database.url = DatabaseUrl::new("postgres://portal:s3cr3t@db.internal/kreisportal");
        config.mail.smtp.password = Some(Secret("hunter2".into()));
        let debug = format!("{config:?}");
        let toml = toml::to_string(&config).unwrap();
        for output in [&debug, &toml] {
            assert!(
                !output.contains("s3cr3t") && !output.contains("hunter2"),
                "{output}"
            );
            assert!(
                output.contains("postgres://portal:[redacted]@db.internal/kreisportal"),
                "{output}"
            );
        }
        assert_eq!(
            config.database.url.expose(),
            "postgres://portal:s3cr3t@db.internal/kreisportal"
        );
    }

    #[test]
    fn the_defaults_are_valid_and_embedded() {
        let config = Config::default();
        config.validate().unwrap();
        assert!(config.database.url.is_sqlite());
        assert_eq!(config.mail.transport, MailTransport::Folder);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut config = Config::default();
        config.server.public_url = "portal.example/".into();
        config.database.url = DatabaseUrl::new("mysql://x");
        config.mail.from_address = "nobody".into();
        let ConfigError::Invalid(problems) = config.validate().unwrap_err() else {
            panic!()
        };
        assert_eq!(problems.len(), 3, "{problems:?}");
    }
}
