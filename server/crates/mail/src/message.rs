//! Building the message both mailers send.

use domain::EmailAddress;
use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MessageBuilder};
use services::mailer::{MailError, OutgoingMail};

/// The sender shown in every mail: a display name and an address.
#[derive(Debug, Clone)]
pub struct Sender {
    pub name: String,
    pub address: EmailAddress,
}

pub(crate) fn build(sender: &Sender, mail: &OutgoingMail) -> Result<Message, MailError> {
    let from = mailbox(Some(&sender.name), &sender.address)?;
    let mut builder: MessageBuilder = Message::builder()
        .message_id(Some(format!("<{}>", mail.message_id)))
        .from(from)
        .to(mailbox(None, &mail.to)?)
        .subject(mail.subject.clone());
    if let Some(reply_to) = &mail.reply_to {
        builder = builder.reply_to(mailbox(None, reply_to)?);
    }
    builder
        .header(ContentType::TEXT_PLAIN)
        .body(mail.text_body.clone())
        .map_err(|e| MailError::Permanent(format!("mail cannot be built: {e}")))
}

fn mailbox(name: Option<&str>, address: &EmailAddress) -> Result<Mailbox, MailError> {
    let address = address
        .as_str()
        .parse()
        .map_err(|e| MailError::Permanent(format!("address refused by the mail library: {e}")))?;
    Ok(Mailbox::new(name.map(str::to_owned), address))
}
