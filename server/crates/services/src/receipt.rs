//! The confirmation of receipt as a tagged PDF: the record in German, followed by the same in
//! the applicant's language when that is another (a translation, marked as such).

use documents::{Block, Document, Fact, Part};
use domain::application::AccessCode;
use domain::form::validate::format_date;
use domain::{Locale, Tenant, msg_key};
use i18n::answers::{costs, summary};
use i18n::authority::responsible_authority;
use i18n::{Args, Catalog};
use storage::{Submission, Upload};

use crate::Portal;
use crate::application::{ApplicationError, DraftInContext};

/// The receipt of a submitted draft; `None` when it was not submitted.
pub async fn receipt_pdf(
    portal: &Portal,
    tenant: &Tenant,
    current: &DraftInContext,
) -> Result<Option<Vec<u8>>, ApplicationError> {
    let Some(submission) = portal
        .storage
        .submission_for_draft(&current.draft.token)
        .await?
    else {
        return Ok(None);
    };
    let uploads = portal
        .storage
        .uploads_for_draft(&current.draft.token)
        .await?;
    let document = receipt_document(&portal.catalog, tenant, current, &submission, &uploads);
    // Laying out and compressing is CPU work: off the request threads.
    let rendered = tokio::task::spawn_blocking(move || documents::render(&document))
        .await
        .map_err(|e| ApplicationError::Files(e.to_string()))?
        .map_err(|e| ApplicationError::Files(e.to_string()))?;
    Ok(Some(rendered))
}

pub fn receipt_document(
    catalog: &Catalog,
    tenant: &Tenant,
    current: &DraftInContext,
    submission: &Submission,
    uploads: &[Upload],
) -> Document {
    let mut locales = vec![Locale::SOURCE];
    if submission.locale != Locale::SOURCE {
        locales.push(submission.locale);
    }
    let title = format!(
        "{} {}",
        catalog.text(Locale::SOURCE, "pdf-receipt-title"),
        submission.reference
    );
    Document {
        title,
        lang: Locale::SOURCE.tag().to_owned(),
        created: submission.submitted_at,
        parts: locales
            .into_iter()
            .map(|locale| part(catalog, tenant, current, submission, uploads, locale))
            .collect(),
    }
}

fn part(
    catalog: &Catalog,
    tenant: &Tenant,
    current: &DraftInContext,
    submission: &Submission,
    uploads: &[Upload],
    locale: Locale,
) -> Part {
    let text = |key: &str| catalog.text(locale, key);
    let service = &current.service;
    let service_title = service.title.get(locale).to_owned();
    let date = format_date(submission.submitted_at.date(), locale);
    let fact = |key: &str, value: String| Fact {
        label: text(key),
        lines: vec![value],
    };

    let mut blocks = vec![Block::Heading {
        level: 1,
        text: text(msg_key("pdf-receipt-title")),
    }];
    if locale != Locale::SOURCE {
        blocks.push(Block::Paragraph(text(msg_key("pdf-receipt-translation"))));
    }
    blocks.push(Block::Paragraph(
        catalog.text_with(
            locale,
            "receipt-received",
            &Args::new()
                .text("service", service_title.clone())
                .text("date", date.clone()),
        ),
    ));
    blocks.push(Block::Facts(vec![
        fact(msg_key("pdf-receipt-service"), service_title),
        fact(
            msg_key("pdf-receipt-reference"),
            submission.reference.to_string(),
        ),
        fact(msg_key("pdf-receipt-submitted"), date),
        fact(
            msg_key("pdf-receipt-authority"),
            responsible_authority(catalog, locale, tenant, service),
        ),
        fact(
            msg_key("pdf-receipt-access-code"),
            AccessCode::for_draft(&current.draft.token).grouped(),
        ),
    ]));

    let file_name = |id: &str| {
        uploads
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.file_name.clone())
    };
    for step in summary(
        catalog,
        locale,
        &service.form,
        &current.draft.values,
        &file_name,
    ) {
        blocks.push(Block::Heading {
            level: 2,
            text: step.title,
        });
        blocks.push(Block::Facts(
            step.rows
                .into_iter()
                .map(|row| Fact {
                    label: row.label,
                    lines: row.lines,
                })
                .collect(),
        ));
    }
    let computed = domain::form::answers::computed(&service.form, &current.draft.values);
    let costs = costs(catalog, locale, &service.form, &computed);
    if !costs.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: text(msg_key("apply-costs")),
        });
        blocks.push(Block::Facts(
            costs
                .into_iter()
                .map(|(label, shown)| Fact {
                    label,
                    lines: vec![shown],
                })
                .collect(),
        ));
    }
    blocks.push(Block::Paragraph(catalog.text_with(
        locale,
        "receipt-next",
        &Args::new().text("time", service.processing_time.get(locale).to_owned()),
    )));
    blocks.push(Block::Paragraph(text(msg_key("pdf-receipt-machine"))));

    Part {
        lang: locale.tag().to_owned(),
        right_to_left: locale.direction() == domain::Direction::Rtl,
        blocks,
        page_label: catalog.text_with(
            locale,
            "pdf-page",
            &Args::new().text("page", "{page}").text("pages", "{pages}"),
        ),
    }
}
