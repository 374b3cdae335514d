//! Mail over SMTP with lettre: STARTTLS or implicit TLS in production, plain only on loopback
//! (tests, a local relay).

use async_trait::async_trait;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use services::mailer::{MailError, Mailer, OutgoingMail};

use crate::message::{Sender, build};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Upgrade with STARTTLS; refuse servers that cannot.
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption; for a relay on the same host only.
    None,
}

#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<String>,
    pub timeout: std::time::Duration,
}

pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    sender: Sender,
}

impl SmtpMailer {
    pub fn new(
        settings: &SmtpSettings,
        sender_name: String,
        sender_address: domain::EmailAddress,
    ) -> Result<Self, MailError> {
        let builder = match settings.security {
            SmtpSecurity::StartTls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&settings.host)
            }
            SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&settings.host),
            SmtpSecurity::None => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(
                &settings.host,
            )),
        }
        .map_err(|e| MailError::Permanent(format!("SMTP settings: {e}")))?;
        let mut builder = builder.port(settings.port).timeout(Some(settings.timeout));
        if let (Some(user), Some(password)) = (&settings.username, &settings.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(SmtpMailer {
            transport: builder.build(),
            sender: Sender {
                name: sender_name,
                address: sender_address,
            },
        })
    }
}

#[async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let message = build(&self.sender, mail)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            // 5xx: the server refused for good (unknown mailbox, policy); do not retry.
            Err(error) if error.is_permanent() => Err(MailError::Permanent(error.to_string())),
            // 4xx, connection refused, timeouts, TLS trouble: try again later.
            Err(error) => Err(MailError::Transient(error.to_string())),
        }
    }
}
