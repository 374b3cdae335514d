//! Filing a case into the e-Akte (zu den Akten) and reading an Akte. The caseworker working on
//! the case chooses a new Akte under the service's file plan key or an open one of the unit;
//! the case's documents go in as Schriftstücke whose first version is zu den Akten at once.
//! Akten are read by need to know (unit and confidentiality), and every reading is audited.

use domain::Tenant;
use domain::case::CaseId;
use domain::case::request::answer_files_field;
use domain::case::workflow::Refusal;
use domain::msg_key;
use domain::record::{AkteId, Confidentiality, may_file, may_read};
use std::sync::Arc;

use domain::Locale;
use sha2::{Digest, Sha256};
use storage::{
    Akte, CaseSummary, FileInto, InformationRequest, NewAkte, NewDocument, RecordDocument,
    StorageError, Upload, VersionContent,
};

use crate::Portal;
use crate::application::DraftInContext;
use crate::cases::{CaseError, audit, facts, visible_case};
use crate::staff::ActiveStaff;
use crate::uploads::StagedBytes;

/// Where the caseworker may file a case: the plan entry of its service and the unit's open
/// Akten under it.
#[derive(Debug, Clone)]
pub struct FilingOptions {
    pub plan_key: String,
    pub plan_title: String,
    pub retention_years: u32,
    pub open_akten: Vec<Akte>,
}

/// The caseworker's choice.
#[derive(Debug, Clone)]
pub enum Filing {
    New {
        title: String,
        confidentiality: Confidentiality,
    },
    Existing(AkteId),
}

/// The file plan entry of the case's service; refused (explained) when the plan lacks it.
async fn plan_of(
    portal: &Portal,
    tenant: &Tenant,
    service_id: &str,
    version: u32,
) -> Result<(String, String, u32), CaseError> {
    let stored = portal
        .storage
        .service_version(service_id, version)
        .await?
        .ok_or_else(|| StorageError::Corrupt(format!("service {service_id} v{version} is gone")))?;
    let definition: serde_json::Value = serde_json::from_str(&stored.source)
        .map_err(|e| StorageError::Corrupt(format!("stored definition: {e}")))?;
    let key = definition["aktenplan"].as_str().unwrap_or_default();
    match tenant.plan_entry(key) {
        Some(entry) => match entry.retention_years {
            Some(years) => Ok((entry.key.clone(), entry.title.clone(), years)),
            None => Err(CaseError::Refused(Refusal(msg_key(
                "case-refused-no-plan-entry",
            )))),
        },
        None => Err(CaseError::Refused(Refusal(msg_key(
            "case-refused-no-plan-entry",
        )))),
    }
}

/// Where this staff member may file the case now; refused when they may not file it.
pub async fn options(
    portal: &Portal,
    tenant: &Tenant,
    staff: &ActiveStaff,
    id: CaseId,
) -> Result<FilingOptions, CaseError> {
    let case = visible_case(portal, staff, id).await?;
    let filed = portal.storage.akte_of_case(id).await?.is_some();
    may_file(&facts(&case), staff.member.id, filed).map_err(CaseError::Refused)?;
    let (plan_key, plan_title, retention_years) =
        plan_of(portal, tenant, &case.service_id, case.service_version).await?;
    let open_akten = portal
        .storage
        .open_akten(&tenant.slug, &case.inbox, &plan_key)
        .await?;
    Ok(FilingOptions {
        plan_key,
        plan_title,
        retention_years,
        open_akten,
    })
}

/// What a case file document is, by the field it was uploaded for.
fn document_of(upload: &Upload, requests: &[InformationRequest]) -> NewDocument {
    let answer = requests
        .iter()
        .any(|request| upload.field == answer_files_field(request.id));
    NewDocument {
        title: upload.file_name.clone(),
        kind: if answer { "nachforderung" } else { "anlage" }.to_owned(),
        content: VersionContent {
            file_name: upload.file_name.clone(),
            media_type: upload.media_type.clone(),
            size_bytes: upload.size_bytes,
            sha256: upload.sha256.clone(),
            storage_key: upload.storage_key.clone(),
        },
    }
}

/// The application itself as the Akte's first document of the case: the record of what was
/// submitted (the receipt's PDF, German first), rendered now and kept in the file store.
async fn application_document(
    portal: &Portal,
    tenant: &Tenant,
    case: &CaseSummary,
    uploads: &[Upload],
) -> Result<NewDocument, CaseError> {
    let corrupt = |what: String| CaseError::Storage(StorageError::Corrupt(what));
    let storage = &portal.storage;
    let (Some(submission), Some(draft)) = (
        storage.submission(&case.reference).await?,
        storage.draft(&case.draft_token).await?,
    ) else {
        return Err(corrupt(format!("case {} without its submission", case.id)));
    };
    let service = crate::catalogue::definition_version(
        portal,
        tenant,
        &submission.service_id,
        submission.service_version,
    )
    .await
    .map_err(|e| corrupt(e.to_string()))?
    .ok_or_else(|| corrupt(format!("service of case {} is gone", case.id)))?;
    let current = DraftInContext {
        draft,
        service: Arc::new(service),
        owner_claims: None,
    };
    let document =
        crate::receipt::receipt_document(&portal.catalog, tenant, &current, &submission, uploads);
    let pdf = tokio::task::spawn_blocking(move || documents::render(&document))
        .await
        .map_err(|e| corrupt(e.to_string()))?
        .map_err(|e| corrupt(e.to_string()))?;
    let staged = StagedBytes::write(portal.files.as_ref(), &pdf)
        .await
        .map_err(|e| corrupt(format!("staging the application: {e}")))?;
    let storage_key = format!("cases/{}/antrag-{}", case.id, crate::random_token());
    portal
        .files
        .keep(&storage_key, &staged.path)
        .await
        .map_err(|e| corrupt(format!("keeping the application: {e}")))?;
    let reference = submission.reference.to_string();
    Ok(NewDocument {
        title: portal.catalog.text_with(
            Locale::De,
            "akte-document-application",
            &i18n::Args::new().text("reference", reference.clone()),
        ),
        kind: "antrag".to_owned(),
        content: VersionContent {
            file_name: format!("Antrag {reference}.pdf"),
            media_type: "application/pdf".to_owned(),
            size_bytes: pdf.len() as u64,
            sha256: Sha256::digest(&pdf)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
            storage_key,
        },
    })
}

/// Files the case (zu den Akten) with its documents; the Akte it went into.
pub async fn file(
    portal: &Portal,
    tenant: &Tenant,
    staff: &ActiveStaff,
    id: CaseId,
    filing: &Filing,
) -> Result<Akte, CaseError> {
    let case = visible_case(portal, staff, id).await?;
    let filed = portal.storage.akte_of_case(id).await?.is_some();
    may_file(&facts(&case), staff.member.id, filed).map_err(CaseError::Refused)?;
    let (plan_key, _, retention_years) =
        plan_of(portal, tenant, &case.service_id, case.service_version).await?;
    let now = portal.clock.now();
    let requests = portal.storage.information_requests(id).await?;
    let uploads = portal.storage.uploads_for_draft(&case.draft_token).await?;
    let application = application_document(portal, tenant, &case, &uploads).await?;
    let application_key = application.content.storage_key.clone();
    let mut documents = vec![application];
    documents.extend(uploads.iter().map(|upload| document_of(upload, &requests)));
    let into = match filing {
        Filing::New {
            title,
            confidentiality,
        } => FileInto::New(NewAkte {
            tenant_slug: &tenant.slug,
            plan_key: &plan_key,
            year: now.year(),
            title,
            unit: &case.inbox,
            confidentiality: *confidentiality,
            retention_years,
        }),
        Filing::Existing(akte) => FileInto::Existing(*akte),
    };
    let filed = portal
        .storage
        .file_case(id, &into, &documents, &audit(staff, "case.zda", id), now)
        .await;
    if filed.is_err() {
        // Not filed: the rendered application must not linger in the store.
        let _ = portal.files.delete(&application_key).await;
    }
    match filed {
        Ok(akte) => Ok(akte),
        // Filed meanwhile, or an Akte that is not (any more) an open one of the unit.
        Err(StorageError::Conflict(_) | StorageError::NotFound) => Err(CaseError::Refused(
            Refusal(msg_key("case-refused-akte-not-open")),
        )),
        Err(error) => Err(error.into()),
    }
}

/// The Akte the case is filed in, if any (for the case page; no content).
pub async fn akte_of_case(portal: &Portal, id: CaseId) -> Result<Option<Akte>, StorageError> {
    portal.storage.akte_of_case(id).await
}

/// An Akte with its documents, for staff who may read it; the reading is audited.
pub async fn akte(
    portal: &Portal,
    staff: &ActiveStaff,
    id: AkteId,
) -> Result<(Akte, Vec<RecordDocument>), CaseError> {
    let akte = portal
        .storage
        .akte(id)
        .await?
        .filter(|akte| may_read(staff, &akte.unit, akte.confidentiality))
        .ok_or(CaseError::NotFound)?;
    let documents = portal.storage.documents(id).await?;
    portal
        .storage
        .append_audit(
            portal.clock.now(),
            &domain::audit::AuditEvent {
                actor: format!("staff:{}", staff.member.id),
                action: "akte.read".into(),
                object: format!("akte:{id}"),
                purpose: "Sachbearbeitung".into(),
                outcome: "success".into(),
            },
        )
        .await?;
    Ok((akte, documents))
}

/// Closes an Akte: a team lead of its unit may, once; nothing is filed into it afterwards and
/// its retention starts running.
pub async fn close(portal: &Portal, staff: &ActiveStaff, id: AkteId) -> Result<(), CaseError> {
    let akte = portal
        .storage
        .akte(id)
        .await?
        .filter(|akte| may_read(staff, &akte.unit, akte.confidentiality))
        .ok_or(CaseError::NotFound)?;
    if !domain::record::may_close(staff, &akte.unit) {
        return Err(CaseError::Refused(Refusal(domain::msg_key(
            "akte-refused-close",
        ))));
    }
    // A decision of a case in this Akte, and the proof of its delivery, are filed here.
    let mut cases: Vec<CaseId> = portal
        .storage
        .documents(id)
        .await?
        .into_iter()
        .filter_map(|document| document.case_id)
        .collect();
    cases.dedup();
    for case in cases {
        if decision_pending(portal, case).await? {
            return Err(CaseError::Refused(Refusal(domain::msg_key(
                "akte-refused-decision-pending",
            ))));
        }
    }
    let audit = domain::audit::AuditEvent {
        actor: format!("staff:{}", staff.member.id),
        action: "akte.close".into(),
        object: format!("akte:{id}"),
        purpose: "Schriftgutverwaltung".into(),
        outcome: "success".into(),
    };
    match portal
        .storage
        .close_akte(id, &audit, portal.clock.now())
        .await
    {
        Err(StorageError::Conflict(_)) => Err(CaseError::Refused(Refusal(domain::msg_key(
            "akte-refused-closed-already",
        )))),
        other => Ok(other?),
    }
}

/// Whether a decision of the case still has to go out or to arrive: written but not released,
/// or in a Postfach neither retrieved nor gone on paper. Its letter and proof go into the Akte.
async fn decision_pending(portal: &Portal, case: CaseId) -> Result<bool, StorageError> {
    let Some(decision) = portal.storage.decision(case).await? else {
        return Ok(false);
    };
    let Some(release) = decision.release else {
        return Ok(true);
    };
    Ok(match release.message {
        Some(message) => portal
            .storage
            .message(message)
            .await?
            .is_some_and(|m| m.retrieved_at.is_none() && m.paper_at.is_none()),
        None => false,
    })
}

/// The xdomea 3.0 Aussonderung package (0503) of an Akte: file name and zip, with every
/// version's file. For staff who may read the Akte, and for those who carry out its
/// Aussonderung once it is due; the export is recorded on the Akte (an Aussonderung needs one)
/// and audited. An ausgesonderte Akte has nothing left to export.
pub async fn export_xdomea(
    portal: &Portal,
    tenant: &Tenant,
    staff: &ActiveStaff,
    id: AkteId,
) -> Result<(String, Vec<u8>), CaseError> {
    let akte = portal
        .storage
        .akte(id)
        .await?
        .filter(|akte| {
            may_read(staff, &akte.unit, akte.confidentiality)
                || crate::disposal::may_export_for_disposal(portal, staff, akte)
        })
        .ok_or(CaseError::NotFound)?;
    if akte.state == domain::record::AkteState::Ausgesondert {
        return Err(CaseError::Refused(Refusal(msg_key(
            "akte-refused-ausgesondert",
        ))));
    }
    let documents = portal.storage.documents(id).await?;
    let plan = tenant.plan_entry(&akte.plan_key);
    let mut cases: Vec<xdomea::CaseRecord> = Vec::new();
    let mut loose: Vec<xdomea::DocumentRecord> = Vec::new();
    for document in documents {
        let record = xdomea::DocumentRecord {
            id: document.id,
            title: document.title,
            versions: document
                .versions
                .into_iter()
                .map(|version| xdomea::VersionRecord {
                    number: version.version,
                    file_name: version.content.file_name,
                    media_type: version.content.media_type,
                    storage_key: version.content.storage_key,
                })
                .collect(),
        };
        let Some(case_id) = document.case_id else {
            loose.push(record);
            continue;
        };
        if let Some(case) = cases.iter_mut().find(|case| case.id == case_id.0) {
            case.documents.push(record);
            continue;
        }
        let summary =
            portal.storage.case_summary(case_id).await?.ok_or_else(|| {
                StorageError::Corrupt(format!("document of unknown case {case_id}"))
            })?;
        let subject = crate::application::service_title(
            portal,
            &summary.service_id,
            summary.service_version,
            domain::Locale::De,
        )
        .await
        .map_err(|e| StorageError::Corrupt(e.to_string()))?;
        cases.push(xdomea::CaseRecord {
            id: case_id.0,
            reference: summary.reference.to_string(),
            subject,
            documents: vec![record],
        });
    }
    let unit = tenant
        .units
        .iter()
        .find(|unit| unit.code == akte.unit)
        .map_or_else(
            || akte.unit.clone(),
            |unit| format!("{} {}", unit.code, unit.name.get(domain::Locale::De)),
        );
    let institution = tenant.name.get(domain::Locale::De).to_owned();
    let export = xdomea::Export {
        tenant: tenant.slug.clone(),
        process_id: random_uuid(),
        created_at: portal.clock.now(),
        sender: xdomea::Sender {
            institution: institution.clone(),
            unit,
        },
        recipient: tenant.archive.clone().unwrap_or(institution),
        system_version: env!("CARGO_PKG_VERSION").to_owned(),
        akte: xdomea::AkteRecord {
            id: akte.id.0,
            aktenzeichen: akte.aktenzeichen,
            title: akte.title,
            plan_key: akte.plan_key,
            plan_title: plan.map_or_else(String::new, |entry| entry.title.clone()),
            retention_years: akte.retention_years,
            confidential: akte.confidentiality == Confidentiality::Vertraulich,
            archival_value: plan.is_some_and(|entry| entry.archival_value),
            opened_on: akte.created_at.date(),
            cases,
            documents: loose,
        },
    };
    let message = xdomea::aussonderung_0503(&export);
    let mut entries = vec![(message.file_name.clone(), message.xml.into_bytes())];
    for file in message.files {
        let bytes = portal
            .files
            .read(&file.storage_key)
            .await
            .map_err(|e| StorageError::Corrupt(format!("file of a filed document: {e}")))?;
        entries.push((file.name, bytes));
    }
    portal
        .storage
        .record_akte_export(
            id,
            &domain::audit::AuditEvent {
                actor: format!("staff:{}", staff.member.id),
                action: "akte.export-xdomea".into(),
                object: format!("akte:{id}"),
                purpose: "Aussonderung".into(),
                outcome: "success".into(),
            },
            portal.clock.now(),
        )
        .await?;
    Ok((
        xdomea::package_file_name(&export.process_id),
        xdomea::stored_zip(&entries),
    ))
}

/// A random (version 4) UUID, for an export's process id.
fn random_uuid() -> String {
    let mut bytes = crate::random_bytes::<16>();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}
