//! The `server` binary: parses the command line and hands over to the library.

use anyhow::Context;
use clap::Parser;
use server::cli::{AuditCommand, Cli, Command};
use server::config::Config;
use server::startup::{self, Application};
use server::telemetry;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = Config::load(&cli.config).with_context(|| {
        format!(
            "configuration from defaults, {} and KREISPORTAL__*",
            cli.config.display()
        )
    })?;

    match cli.command.unwrap_or(Command::Serve) {
        Command::CheckConfig => {
            let shown = toml::to_string_pretty(&config).context("printing the configuration")?;
            #[expect(
                clippy::print_stdout,
                reason = "printing the configuration is the command's job"
            )]
            {
                println!("# Effective configuration (secrets redacted)\n{shown}");
            }
            Ok(())
        }
        Command::Migrate => {
            telemetry::init(&config.log);
            startup::migrate(&config).await
        }
        Command::SeedDemo => {
            telemetry::init(&config.log);
            startup::seed_demo(&config).await
        }
        Command::Reindex => {
            telemetry::init(&config.log);
            let rebuilt = startup::reindex(&config).await?;
            #[expect(clippy::print_stdout, reason = "the command's result")]
            {
                println!(
                    "The search index holds {} entries of {} cases and Akten.",
                    rebuilt.entries, rebuilt.sources
                );
            }
            Ok(())
        }
        Command::AddStaff {
            username,
            name,
            email,
            role,
            unit,
        } => {
            telemetry::init(&config.log);
            let input = services::staff::NewStaffInput {
                username,
                display_name: name,
                email,
                role,
                unit,
            };
            let created = startup::add_staff(&config, &input).await?;
            #[expect(
                clippy::print_stdout,
                reason = "handing over the credentials is the command's job"
            )]
            {
                println!("Staff member {} added.", created.username);
                println!("Initial password:     {}", created.initial_password);
                println!("Authenticator secret: {}", created.totp.to_base32());
                println!("Authenticator address: {}", created.otpauth_uri);
            }
            Ok(())
        }
        Command::AddApiClient {
            name,
            units,
            scopes,
            webhook,
        } => {
            telemetry::init(&config.log);
            let input = services::integration::ApiClientInput {
                name,
                scopes,
                units,
                webhook,
            };
            let created = startup::add_api_client(&config, &input).await?;
            #[expect(
                clippy::print_stdout,
                reason = "handing over the credentials is the command's job"
            )]
            {
                println!("API client {} added.", created.id);
                println!("Bearer token:   {}", created.token.as_str());
                if let Some(secret) = &created.webhook_secret {
                    println!("Webhook secret: {secret}");
                }
            }
            Ok(())
        }
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            telemetry::init(&config.log);
            let verdict = startup::verify_audit(&config).await?;
            #[expect(
                clippy::print_stdout,
                clippy::print_stderr,
                reason = "telling the verdict is the command's job"
            )]
            match verdict {
                Ok(entries) => {
                    println!("The audit trail is intact: {entries} entries.");
                    Ok(())
                }
                Err(broken) => {
                    eprintln!("The audit trail is broken: {broken}.");
                    std::process::exit(1);
                }
            }
        }
        Command::Worker => {
            telemetry::init(&config.log);
            startup::run_worker(config, startup::shutdown_signal()).await
        }
        Command::Serve => {
            telemetry::init(&config.log);
            let application = Application::build(config).await?;
            application
                .run_until_stopped(startup::shutdown_signal())
                .await
        }
    }
}
