//! The command line: one binary with roles, `serve` being the default.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Kreisportal: online services and back office of a district administration.
#[derive(Debug, Parser)]
#[command(name = "server", version, about)]
pub struct Cli {
    /// Configuration file; missing is fine (defaults and environment apply).
    #[arg(
        long,
        global = true,
        default_value = "kreisportal.toml",
        env = "KREISPORTAL_CONFIG"
    )]
    pub config: PathBuf,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal (the default): migrates and seeds as configured, runs the worker inside.
    Serve,
    /// Run only the outbox worker (when `worker.enabled = false` on the web instances).
    Worker,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Store (or refresh) the demo tenant, Kreis Unna with its ten towns, and exit.
    SeedDemo,
    /// Check the configuration, print it with secrets redacted, and exit.
    CheckConfig,
    /// Rebuild the back office's search index from the records (after a restore, or when the
    /// index folder was lost), with a progress bar.
    Reindex,
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Add a staff member with one role (the first administrator is set up this way) and print
    /// their initial password and authenticator secret, to hand over in person.
    AddStaff {
        /// Login name: 3 to 40 of a-z, 0-9, ".", "-", "_".
        #[arg(long)]
        username: String,
        /// Full name, as colleagues and the audit trail show it.
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
        /// caseworker, team_lead, records_manager, print_operator, administrator or auditor.
        #[arg(long)]
        role: String,
        /// The unit's code (caseworker and team_lead only), e.g. 69.2.
        #[arg(long, default_value = "")]
        unit: String,
    },
    /// Add an integration (Fachverfahren) to the API and print its bearer token and webhook
    /// secret, once.
    AddApiClient {
        /// Its name, as the audit trail shows it, e.g. "Fachverfahren Wasser".
        #[arg(long)]
        name: String,
        /// A unit whose cases it sees (repeat for several), e.g. 69.2 or town:05978036.
        #[arg(long = "unit", required = true)]
        units: Vec<String>,
        /// What it may do (repeat): cases:read, cases:write.
        #[arg(long = "scope", required = true)]
        scopes: Vec<String>,
        /// Where to POST its webhooks: https://…, or http:// to this machine.
        #[arg(long)]
        webhook: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check that no entry was changed, removed, moved or cut off; name the first place the
    /// trail breaks and exit with status 1 if it does.
    Verify,
}
