//! The decision of a case, from the caseworker's text to the letter in the recipient's hands:
//! written with the step that prepares it; after the four-eyes sign-off a job renders the
//! Bescheid from the tenant's template (DIN 5008, tagged PDF/A), freezes it by its hash, files
//! it in the Akte and sends it the way the law and the recipient allow — into the Postfach with
//! a notice, or on paper. Nothing here decides: it carries out what two people signed off.

use documents::{Block, Document, Fact, Letterhead, Part};
use domain::application::CaseState;
use domain::case::CaseId;
use domain::case::workflow::{Refusal, Step, decide};
use domain::delivery::figures::{MonthlyLetters, Savings, savings};
use domain::delivery::{Channel, Recipient, announced_on, appeal_deadline, channel};
use domain::form::validate::format_date;
use domain::letter::{
    Addressee, DecisionText, LetterKind, LetterTemplate, Placeholders, addressee, fill, paragraphs,
    template_for,
};
use domain::record::AkteId;
use domain::service::{Authority, ServiceDefinition};
use domain::{Locale, Tenant, msg_key};
use i18n::{Args, Catalog};
use sha2::{Digest, Sha256};
use storage::{
    CaseSummary, Decision, Mailbox, Message, NewDocument, NewMessage, NewRelease, StorageError,
    Submission, VersionContent,
};
use time::{Date, OffsetDateTime};

use crate::Portal;
use crate::cases::{CaseError, audit, facts, visible_case};
use crate::jobs::{Job, JobError};
use crate::staff::ActiveStaff;
use crate::uploads::StagedBytes;

/// Writes the decision and moves the case to "Entscheidung vorbereitet" (only the person working
/// on it, only while it is in Bearbeitung, only once it is filed in an Akte).
pub async fn prepare(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
    text: &DecisionText,
) -> Result<(), CaseError> {
    let case = visible_case(portal, staff, id).await?;
    decide(&facts(&case), staff.member.id, Step::PrepareDecision).map_err(CaseError::Refused)?;
    // The Bescheid is filed where the case is: no decision before the case is in an Akte.
    if portal.storage.akte_of_case(id).await?.is_none() {
        return Err(CaseError::Refused(Refusal(msg_key(
            "decision-refused-not-filed",
        ))));
    }
    match portal
        .storage
        .prepare_decision(
            id,
            text,
            staff.member.id,
            &audit(staff, "case.entscheidung-vorbereiten", id),
            portal.clock.now(),
        )
        .await
    {
        Ok(()) => Ok(()),
        Err(StorageError::Conflict(_)) => {
            Err(CaseError::Refused(Refusal(msg_key("case-refused-state"))))
        }
        Err(error) => Err(error.into()),
    }
}

/// The job that releases a decision once the sign-off moved its case to `abgeschlossen`; none
/// when the case has no decision written in the portal (a Fachverfahren sends its own).
pub(crate) async fn release_job(
    portal: &Portal,
    id: CaseId,
    at: OffsetDateTime,
) -> Result<Vec<storage::NewJob>, StorageError> {
    let written = portal
        .storage
        .decision(id)
        .await?
        .is_some_and(|decision| decision.release.is_none());
    Ok(if written {
        vec![
            Job::ReleaseDecision {
                case: id.0,
                signed_off_at: at.unix_timestamp(),
            }
            .to_new_job(at),
        ]
    } else {
        Vec::new()
    })
}

/// A decision with what became of it, for the case page.
#[derive(Debug, Clone)]
pub struct DecisionFacts {
    pub decision: Decision,
    /// The Postfach message carrying it, when it went digitally.
    pub message: Option<Message>,
    /// Where the released letter is filed: its Akte and its document.
    pub letter: Option<(AkteId, i64)>,
}

impl DecisionFacts {
    /// The day the decision counts as announced (§ 41 Abs. 2a VwVfG: the day after retrieval).
    pub fn announced_on(&self) -> Option<Date> {
        let retrieved = self.message.as_ref()?.retrieved_at?;
        Some(announced_on(retrieved.date()))
    }

    /// The last day for an action against it (one month from the announcement).
    pub fn appeal_deadline(&self) -> Option<Date> {
        appeal_deadline(self.announced_on()?)
    }
}

/// The decision of a case the staff member may see, with its delivery facts.
pub async fn decision_facts(
    portal: &Portal,
    staff: &ActiveStaff,
    id: CaseId,
) -> Result<Option<DecisionFacts>, CaseError> {
    visible_case(portal, staff, id).await?;
    let Some(decision) = portal.storage.decision(id).await? else {
        return Ok(None);
    };
    let message = match decision.release.as_ref().and_then(|r| r.message) {
        Some(message) => portal.storage.message(message).await?,
        None => None,
    };
    let letter = match (&decision.release, portal.storage.akte_of_case(id).await?) {
        (Some(release), Some(akte)) => portal
            .storage
            .documents(akte.id)
            .await?
            .into_iter()
            .find(|document| document.number == release.document_number)
            .map(|document| (akte.id, document.id)),
        _ => None,
    };
    Ok(Some(DecisionFacts {
        decision,
        message,
        letter,
    }))
}

/// Everything one letter is made of.
pub struct LetterCase<'a> {
    pub tenant: &'a Tenant,
    pub service: &'a ServiceDefinition,
    pub template: &'a LetterTemplate,
    pub submission: &'a Submission,
    pub addressee: &'a Addressee,
    /// The organisation applied for, named first in the address.
    pub organisation: Option<&'a str>,
    pub aktenzeichen: &'a str,
    pub decision: &'a DecisionText,
    /// The letter's date: the sign-off's.
    pub dated: OffsetDateTime,
    /// The recipient's language, for the explanatory page.
    pub locale: Locale,
}

fn sender(case: &LetterCase<'_>) -> Vec<String> {
    let de = Locale::SOURCE;
    match &case.service.authority {
        Authority::District { unit } => {
            let unit = case.tenant.units.iter().find(|u| &u.code == unit);
            std::iter::once(case.tenant.authority.get(de).to_owned())
                .chain(unit.map(|u| u.name.get(de).to_owned()))
                .collect()
        }
        Authority::Town { office, .. } => vec![office.get(de).to_owned()],
    }
}

fn placeholders(catalog: &Catalog, case: &LetterCase<'_>) -> Placeholders {
    let de = Locale::SOURCE;
    let salutation = match &case.addressee.name {
        Some(name) => catalog.text_with(de, "letter-salutation", &Args::new().text("name", name)),
        None => catalog.text(de, msg_key("letter-salutation-unnamed")),
    };
    Placeholders::new()
        .set("anrede", salutation)
        .set("name", case.addressee.name.clone().unwrap_or_default())
        .set("aktenzeichen", case.aktenzeichen)
        .set("referenz", case.submission.reference.to_string())
        .set("leistung", case.service.title.get(de))
        .set(
            "eingangsdatum",
            format_date(case.submission.submitted_at.date(), de),
        )
        .set("datum", format_date(case.dated.date(), de))
        .set("entscheidung", case.decision.outcome.german_verb())
        .set("begruendung", case.decision.reasoning.clone())
        .set("stelle", sender(case).join(", "))
        .set("behoerde", case.tenant.authority.get(de))
}

/// The letter: the binding German text in DIN 5008 form, then a page in the recipient's
/// language explaining it when that is another. Public for the letters benchmark.
pub fn letter_document(catalog: &Catalog, case: &LetterCase<'_>) -> Document {
    let de = Locale::SOURCE;
    let tenant = case.tenant;
    let values = placeholders(catalog, case);
    let subject = fill(&case.template.subject, &values);
    let fact = |key: &str, value: String| Fact {
        label: catalog.text(de, key),
        lines: vec![value],
    };
    let address = &tenant.address;
    let mut footer = vec![
        vec![
            tenant.authority.get(de).to_owned(),
            address.street.clone(),
            format!("{} {}", address.postcode.as_str(), address.city),
        ],
        vec![
            catalog.text_with(
                de,
                "letter-footer-phone",
                &Args::new().text("phone", tenant.phone.as_str()),
            ),
            tenant.email.as_str().to_owned(),
            tenant.website.clone(),
        ],
    ];
    if let Some(bank) = &tenant.bank {
        footer.push(vec![
            bank.institute.clone(),
            format!("IBAN {}", domain::form::iban::grouped(&bank.iban)),
            format!("BIC {}", bank.bic),
        ]);
    }
    let mut blocks = vec![
        Block::Letterhead(Letterhead {
            sender: sender(case),
            return_line: format!(
                "{} · {} · {} {}",
                tenant.name.get(de),
                address.street,
                address.postcode.as_str(),
                address.city
            ),
            address: case.addressee.window_lines(case.organisation),
            information: vec![
                fact(
                    msg_key("letter-info-file-number"),
                    case.aktenzeichen.to_owned(),
                ),
                fact(
                    msg_key("letter-info-reference"),
                    case.submission.reference.to_string(),
                ),
                fact(
                    msg_key("letter-info-application-date"),
                    format_date(case.submission.submitted_at.date(), de),
                ),
                fact(
                    msg_key("letter-info-date"),
                    format_date(case.dated.date(), de),
                ),
            ],
            footer,
        }),
        Block::Heading {
            level: 1,
            text: subject.clone(),
        },
    ];
    blocks.extend(
        paragraphs(&fill(&case.template.body, &values))
            .into_iter()
            .map(Block::Paragraph),
    );
    let page_label = |locale: Locale| {
        catalog.text_with(
            locale,
            "pdf-page",
            &Args::new().text("page", "{page}").text("pages", "{pages}"),
        )
    };
    let mut parts = vec![Part {
        lang: de.tag().to_owned(),
        right_to_left: false,
        blocks,
        page_label: page_label(de),
    }];
    if case.locale != de {
        parts.push(cover_part(catalog, case, page_label(case.locale)));
    }
    Document {
        title: subject,
        lang: de.tag().to_owned(),
        created: case.dated,
        parts,
    }
}

/// The explanatory page in the recipient's language: what the letter decides, that the German
/// text binds, and how long there is to act against it.
fn cover_part(catalog: &Catalog, case: &LetterCase<'_>, page_label: String) -> Part {
    let locale = case.locale;
    let args = Args::new()
        .text("reference", case.submission.reference.to_string())
        .text("service", case.service.title.get(locale))
        .text(
            "outcome",
            catalog.text(locale, case.decision.outcome.message_key()),
        )
        .text("aktenzeichen", case.aktenzeichen);
    Part {
        lang: locale.tag().to_owned(),
        right_to_left: locale.direction() == domain::Direction::Rtl,
        blocks: vec![
            Block::Heading {
                level: 1,
                text: catalog.text(locale, msg_key("letter-cover-title")),
            },
            Block::Paragraph(catalog.text(locale, msg_key("letter-cover-binding"))),
            Block::Paragraph(catalog.text_with(locale, "letter-cover-outcome", &args)),
            Block::Paragraph(catalog.text(locale, msg_key("letter-cover-appeal"))),
            Block::Paragraph(catalog.text_with(locale, "letter-cover-contact", &args)),
        ],
        page_label,
    }
}

fn permanent(what: impl std::fmt::Display) -> JobError {
    JobError::Permanent(what.to_string())
}

/// Job: renders, freezes, files and sends a signed-off decision, once. A repeat finds it
/// released and does nothing; a run that failed after storing the file stores the same bytes
/// again (the letter is dated by the sign-off, so it renders the same).
pub(crate) async fn release(
    portal: &Portal,
    id: CaseId,
    signed_off_at: i64,
) -> Result<(), JobError> {
    let storage = &portal.storage;
    let Some(decision) = storage.decision(id).await? else {
        return Ok(());
    };
    if decision.release.is_some() {
        return Ok(());
    }
    let case: CaseSummary = storage
        .case_summary(id)
        .await?
        .ok_or_else(|| permanent(format!("case {id} is gone")))?;
    if case.state != CaseState::Abgeschlossen {
        return Err(permanent(format!("case {id} was not signed off")));
    }
    let tenant = storage
        .tenant(&portal.settings.tenant_slug)
        .await?
        .ok_or_else(|| permanent("the tenant is gone"))?;
    let (Some(submission), Some(draft)) = (
        storage.submission(&case.reference).await?,
        storage.draft(&case.draft_token).await?,
    ) else {
        return Err(permanent(format!("case {id} without its submission")));
    };
    let service = crate::catalogue::definition_version(
        portal,
        &tenant,
        &submission.service_id,
        submission.service_version,
    )
    .await
    .map_err(|e| JobError::Transient(e.to_string()))?
    .ok_or_else(|| permanent(format!("the service of case {id} is gone")))?;
    let template = template_for(
        &tenant.letter_templates,
        LetterKind::Bescheid,
        &submission.service_id,
    )
    .ok_or_else(|| permanent("the tenant defines no Bescheid template"))?;
    let akte = storage
        .akte_of_case(id)
        .await?
        .ok_or_else(|| permanent(format!("case {id} was decided without an Akte")))?;
    let organisation = match draft.organisation {
        Some(organisation) => storage.organisation(organisation).await?,
        None => None,
    };
    let consents = match draft.account {
        Some(account) => storage
            .account(account)
            .await?
            .is_some_and(|a| a.digital_delivery_since.is_some()),
        None => false,
    };
    let mailbox = match (draft.organisation, draft.account) {
        (Some(organisation), _) => Some(Mailbox::Organisation(organisation)),
        (None, Some(account)) => Some(Mailbox::Account(account)),
        (None, None) => None,
    };
    let route = channel(
        Recipient {
            has_postfach: mailbox.is_some(),
            consents_to_digital: consents,
        },
        template.paper_only,
    );
    let addressee = addressee(&service.form, &draft.values);
    let dated = OffsetDateTime::from_unix_timestamp(signed_off_at)
        .map_err(|e| permanent(format!("sign-off time: {e}")))?;
    let letter_case = LetterCase {
        tenant: &tenant,
        service: &service,
        template,
        submission: &submission,
        addressee: &addressee,
        organisation: organisation.as_ref().map(|o| o.details.name.as_str()),
        aktenzeichen: &akte.aktenzeichen,
        decision: &decision.text,
        dated,
        locale: submission.locale,
    };
    let document = letter_document(&portal.catalog, &letter_case);
    let subject = document.title.clone();
    let pdf = tokio::task::spawn_blocking(move || documents::render(&document))
        .await
        .map_err(|e| JobError::Transient(e.to_string()))?
        .map_err(permanent)?;
    let staged = StagedBytes::write(portal.files.as_ref(), &pdf)
        .await
        .map_err(|e| JobError::Transient(format!("staging the letter: {e}")))?;
    let storage_key = format!("cases/{id}/bescheid-{signed_off_at}");
    portal
        .files
        .keep(&storage_key, &staged.path)
        .await
        .map_err(|e| JobError::Transient(format!("keeping the letter: {e}")))?;
    let reference = submission.reference.to_string();
    let content = VersionContent {
        file_name: format!("Bescheid {reference}.pdf"),
        media_type: "application/pdf".to_owned(),
        size_bytes: pdf.len() as u64,
        sha256: Sha256::digest(&pdf)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
        storage_key,
    };
    let body = portal
        .catalog
        .text(submission.locale, msg_key("postfach-decision-body"));
    let message = match (route, mailbox) {
        (Channel::Postfach, Some(mailbox)) => Some(NewMessage {
            tenant_slug: &tenant.slug,
            mailbox,
            case: Some(id),
            subject: &subject,
            body: &body,
            letter: Some(content.clone()),
            decision: true,
            created_at: portal.clock.now(),
        }),
        _ => None,
    };
    let now = portal.clock.now();
    let notice = |message: storage::MessageId| {
        vec![Job::PostfachNotice { message: message.0 }.to_new_job(now)]
    };
    let released = storage
        .release_decision(
            id,
            &NewRelease {
                letter: NewDocument {
                    title: portal.catalog.text_with(
                        Locale::SOURCE,
                        "akte-document-decision",
                        &Args::new().text("reference", reference),
                    ),
                    kind: "bescheid".to_owned(),
                    content,
                },
                channel: route,
                message,
            },
            &notice,
            &domain::audit::AuditEvent {
                actor: "system:bescheid".into(),
                action: "decision.release".into(),
                object: format!("case:{id}"),
                purpose: match route {
                    Channel::Postfach => "Bekanntgabe über das Postfach".into(),
                    Channel::Paper(reason) => format!("Versand auf Papier ({})", reason.as_str()),
                },
                outcome: "success".into(),
            },
            now,
        )
        .await;
    match released {
        Ok(release) => {
            tracing::info!(case = %id, channel = ?release.channel, "decision released");
            portal.jobs_enqueued.notify_one();
            Ok(())
        }
        // Another worker was first: its release stands.
        Err(StorageError::Conflict(_))
            if storage
                .decision(id)
                .await?
                .is_some_and(|d| d.release.is_some()) =>
        {
            Ok(())
        }
        Err(error) => Err(error.into()),
    }
}

/// Job: files the proof of how a decision in the Postfach reached its recipient — released,
/// notified, retrieved (and so announced, with the appeal deadline) or sent on paper — as a
/// tagged PDF in the case's Akte, once.
pub(crate) async fn file_delivery_proof(
    portal: &Portal,
    message: storage::MessageId,
) -> Result<(), JobError> {
    let storage = &portal.storage;
    let Some(message) = storage.message(message).await? else {
        return Ok(());
    };
    let (Some(case), Some(akte)) = (
        message.case,
        match message.case {
            Some(case) => storage.akte_of_case(case).await?,
            None => None,
        },
    ) else {
        return Ok(());
    };
    let filed = storage
        .documents(akte.id)
        .await?
        .into_iter()
        .any(|document| document.kind == PROOF_KIND && document.case_id == Some(case));
    let (Some(decision), Some(summary)) = (
        storage.decision(case).await?,
        storage.case_summary(case).await?,
    ) else {
        return Ok(());
    };
    let Some(release) = decision.release.clone() else {
        return Ok(());
    };
    if filed {
        return Ok(());
    }
    let facts = DecisionFacts {
        decision,
        message: Some(message.clone()),
        letter: None,
    };
    let catalog = &portal.catalog;
    let de = Locale::SOURCE;
    let date = |moment: Option<OffsetDateTime>| moment.map(|m| format_date(m.date(), de));
    let reference = summary.reference.to_string();
    let title = catalog.text_with(
        de,
        "akte-document-delivery-proof",
        &Args::new().text("reference", reference.clone()),
    );
    let rows = [
        (
            msg_key("decision-letter"),
            Some(format!("Bescheid {reference}.pdf")),
        ),
        (msg_key("decision-sha256"), Some(release.sha256.clone())),
        (
            msg_key("decision-released"),
            date(Some(release.released_at)),
        ),
        (msg_key("decision-notified"), date(message.notified_at)),
        (msg_key("decision-retrieved"), date(message.retrieved_at)),
        (msg_key("decision-paper"), date(message.paper_at)),
        (
            msg_key("decision-announced"),
            facts.announced_on().map(|day| format_date(day, de)),
        ),
        (
            msg_key("decision-appeal-deadline"),
            facts.appeal_deadline().map(|day| format_date(day, de)),
        ),
    ];
    let document = Document {
        title: title.clone(),
        lang: de.tag().to_owned(),
        created: portal.clock.now(),
        parts: vec![Part {
            lang: de.tag().to_owned(),
            right_to_left: false,
            blocks: vec![
                Block::Heading {
                    level: 1,
                    text: title.clone(),
                },
                Block::Facts(
                    rows.into_iter()
                        .filter_map(|(key, value)| {
                            value.map(|value| Fact {
                                label: catalog.text(de, key),
                                lines: vec![value],
                            })
                        })
                        .collect(),
                ),
            ],
            page_label: catalog.text_with(
                de,
                "pdf-page",
                &Args::new().text("page", "{page}").text("pages", "{pages}"),
            ),
        }],
    };
    let pdf = tokio::task::spawn_blocking(move || documents::render(&document))
        .await
        .map_err(|e| JobError::Transient(e.to_string()))?
        .map_err(permanent)?;
    let staged = StagedBytes::write(portal.files.as_ref(), &pdf)
        .await
        .map_err(|e| JobError::Transient(format!("staging the proof: {e}")))?;
    let storage_key = format!("cases/{case}/zustellnachweis-{}", message.id);
    portal
        .files
        .keep(&storage_key, &staged.path)
        .await
        .map_err(|e| JobError::Transient(format!("keeping the proof: {e}")))?;
    let added = storage
        .add_case_document(
            case,
            &NewDocument {
                title,
                kind: PROOF_KIND.to_owned(),
                content: VersionContent {
                    file_name: format!("Zustellnachweis {reference}.pdf"),
                    media_type: "application/pdf".to_owned(),
                    size_bytes: pdf.len() as u64,
                    sha256: Sha256::digest(&pdf)
                        .iter()
                        .map(|b| format!("{b:02x}"))
                        .collect(),
                    storage_key,
                },
            },
            &domain::audit::AuditEvent {
                actor: "system:bescheid".into(),
                action: "decision.proof".into(),
                object: format!("case:{case}"),
                purpose: "Zustellnachweis".into(),
                outcome: "success".into(),
            },
            portal.clock.now(),
        )
        .await;
    match added {
        Ok(_) => Ok(()),
        Err(StorageError::Conflict(reason)) => Err(permanent(reason)),
        Err(error) => Err(error.into()),
    }
}

/// The kind of the delivery proof among an Akte's documents.
const PROOF_KIND: &str = "zustellnachweis";

/// The tenant's letters per month and what the digital ones saved: the dashboard's and the
/// open data's figures (aggregates only, nothing about a person).
pub async fn letter_figures(
    portal: &Portal,
    tenant: &Tenant,
) -> Result<(Vec<MonthlyLetters>, Savings), StorageError> {
    let months = portal.storage.letters_per_month(&tenant.slug).await?;
    let saved = savings(&months, &tenant.paper_costs);
    Ok((months, saved))
}

#[cfg(test)]
mod tests {
    use domain::application::{DraftToken, Reference};
    use domain::letter::Outcome;
    use time::macros::datetime;

    use super::*;

    fn submission(locale: Locale) -> Submission {
        Submission {
            reference: Reference::new("KU", 2026, 42),
            draft_token: DraftToken::from_random_bytes(&[3; 13]),
            service_id: "belehrung-infektionsschutz".into(),
            service_version: 1,
            locale,
            answers: serde_json::Value::Null,
            computed: serde_json::Value::Null,
            applicant_email: None,
            access_code_hash: String::new(),
            state: CaseState::Abgeschlossen,
            submitted_at: datetime!(2026-11-02 09:00 UTC),
        }
    }

    fn text_of(document: &Document) -> String {
        document
            .parts
            .iter()
            .flat_map(|part| &part.blocks)
            .map(|block| match block {
                Block::Heading { text, .. } | Block::Paragraph(text) => text.clone(),
                Block::Facts(facts) => facts
                    .iter()
                    .map(|fact| format!("{} {}", fact.label, fact.lines.join(" ")))
                    .collect(),
                Block::Letterhead(head) => head.address.join(" "),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every demo template of every kind fills all its placeholders; the Bescheid carries the
    /// operative sentence and, for another language, the explanatory page last.
    #[test]
    fn every_demo_letter_kind_renders_with_its_placeholders_filled() {
        let catalog = Catalog::embedded().unwrap();
        let tenant = crate::tenant::demo_tenant().unwrap();
        let (file, source) = crate::catalogue::DEMO_SERVICES
            .iter()
            .find(|(file, _)| file.contains("belehrung"))
            .unwrap();
        let service = ServiceDefinition::from_json(file, source).unwrap();
        let addressee = Addressee {
            name: Some("Selin Brinkhoff".into()),
            address: vec!["Bahnhofstraße 12".into(), "59423 Unna".into()],
        };
        let decision = DecisionText {
            outcome: Outcome::Ablehnung,
            reasoning: "Die Teilnahme ist nicht nachgewiesen.".into(),
        };
        let submission = submission(Locale::Ar);
        for kind in LetterKind::ALL {
            let template = template_for(&tenant.letter_templates, kind, service.id.as_str())
                .unwrap_or_else(|| panic!("a {} template", kind.as_str()));
            let document = letter_document(
                &catalog,
                &LetterCase {
                    tenant: &tenant,
                    service: &service,
                    template,
                    submission: &submission,
                    addressee: &addressee,
                    organisation: Some("Backstube am Markt GmbH"),
                    aktenzeichen: "53.40.20-0001/2026",
                    decision: &decision,
                    dated: datetime!(2026-11-05 10:00 UTC),
                    locale: Locale::Ar,
                },
            );
            let text = text_of(&document);
            assert!(!text.contains('{'), "{}: {text}", kind.as_str());
            assert!(text.contains("KU-2026-000042"), "{}", kind.as_str());
            assert!(
                text.contains("Guten Tag Selin Brinkhoff,"),
                "{}",
                kind.as_str()
            );
            assert!(text.contains("Backstube am Markt GmbH Selin Brinkhoff"));
            assert_eq!(document.parts.len(), 2, "German, then Arabic");
            assert_eq!(document.parts[1].lang, "ar");
            assert!(document.parts[1].right_to_left);
            documents::render(&document).expect("a valid PDF");
        }
        let bescheid = template_for(&tenant.letter_templates, LetterKind::Bescheid, "x").unwrap();
        assert!(bescheid.body.contains("{entscheidung}"));
        let hunting = template_for(
            &tenant.letter_templates,
            LetterKind::Bescheid,
            "jagdschein-verlaengern",
        )
        .unwrap();
        assert!(hunting.paper_only, "the Jagdschein is served on paper");
    }
}
