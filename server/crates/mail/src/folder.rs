//! Mail into a folder: one `.eml` file per message, named after its message id.

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use services::mailer::{MailError, Mailer, OutgoingMail};

use crate::message::{Sender, build};

pub struct FolderMailer {
    folder: PathBuf,
    sender: Sender,
}

impl FolderMailer {
    pub fn new(
        folder: impl Into<PathBuf>,
        sender_name: String,
        sender_address: domain::EmailAddress,
    ) -> Self {
        FolderMailer {
            folder: folder.into(),
            sender: Sender {
                name: sender_name,
                address: sender_address,
            },
        }
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }
}

/// A file name from a message id: letters, digits and `-_.@` kept, anything else replaced, so
/// no id can leave the folder.
fn file_name(message_id: &str) -> String {
    let safe: String = message_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{}.eml", safe.trim_start_matches('.'))
}

#[async_trait]
impl Mailer for FolderMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let bytes = build(&self.sender, mail)?.formatted();
        let target = self.folder.join(file_name(&mail.message_id));
        // Write to a temporary name and rename: a reader never sees half a mail, and a second
        // send of the same message replaces the first instead of adding a copy.
        let partial = target.with_extension("eml.partial");
        let io = |e: std::io::Error| {
            MailError::Transient(format!("mail folder {}: {e}", self.folder.display()))
        };
        tokio::fs::create_dir_all(&self.folder).await.map_err(io)?;
        tokio::fs::write(&partial, bytes).await.map_err(io)?;
        tokio::fs::rename(&partial, &target).await.map_err(io)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::EmailAddress;

    fn mail(id: &str) -> OutgoingMail {
        OutgoingMail {
            message_id: id.into(),
            to: EmailAddress::parse("barrierefreiheit@kreis-unna.example").unwrap(),
            reply_to: Some(EmailAddress::parse("erika@beispiel.example").unwrap()),
            subject: "Rückmeldung zur Barrierefreiheit Nr. 7".into(),
            text_body: "Größe der Schrift\nZeile zwei".into(),
        }
    }

    fn mailer(folder: &Path) -> FolderMailer {
        FolderMailer::new(
            folder,
            "Kreisportal".into(),
            EmailAddress::parse("noreply@kreis-unna.example").unwrap(),
        )
    }

    #[tokio::test]
    async fn a_mail_becomes_one_file_and_a_resend_replaces_it() {
        let folder = tempfile::tempdir().unwrap();
        let mailer = mailer(&folder.path().join("mail"));
        mailer
            .send(&mail("feedback-abc@kreis-unna.example"))
            .await
            .unwrap();
        mailer
            .send(&mail("feedback-abc@kreis-unna.example"))
            .await
            .unwrap();
        let files: Vec<_> = std::fs::read_dir(folder.path().join("mail"))
            .unwrap()
            .collect();
        assert_eq!(files.len(), 1);
        let text = std::fs::read_to_string(
            folder
                .path()
                .join("mail/feedback-abc@kreis-unna.example.eml"),
        )
        .unwrap();
        assert!(
            text.contains("Message-ID: <feedback-abc@kreis-unna.example>"),
            "{text}"
        );
        assert!(text.contains("Reply-To: erika@beispiel.example"), "{text}");
        assert!(
            text.contains("From: Kreisportal <noreply@kreis-unna.example>"),
            "{text}"
        );
        assert!(
            text.contains("Subject: =?utf-8?"),
            "non-ASCII subjects are encoded: {text}"
        );
    }

    #[test]
    fn message_ids_cannot_escape_the_folder() {
        assert_eq!(file_name("../../etc/passwd"), "_.._etc_passwd.eml");
        assert_eq!(file_name("a/b\\c"), "a_b_c.eml");
    }
}
