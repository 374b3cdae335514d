//! A generated corpus of a district's e-Akte: Akten of ten units in ten towns with their
//! documents (applications, decisions, statements, notes, hearings, objections, reports), in
//! the words of German administrative letters. Everything is invented and deterministic: the
//! same seed gives the same corpus, so both engines index exactly the same text.

use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use storage::{EntryKind, SearchEntry};

/// A unit, the file plan keys it files under, and what its Akten are about.
struct Unit {
    code: &'static str,
    plan_keys: &'static [&'static str],
    subjects: &'static [&'static str],
}

const UNITS: &[Unit] = &[
    Unit {
        code: "53",
        plan_keys: &["53.40.20", "53.30.10", "53.20.10"],
        subjects: &[
            "Belehrung nach dem Infektionsschutzgesetz",
            "Untersuchung des Trinkwassers einer Hausbrunnenanlage",
            "amtsärztliches Gutachten zur Dienstfähigkeit",
            "Meldung einer übertragbaren Krankheit",
            "Hygienebegehung einer Gemeinschaftseinrichtung",
        ],
    },
    Unit {
        code: "69.2",
        plan_keys: &["69.20.10", "69.20.30"],
        subjects: &[
            "wasserrechtliche Erlaubnis für eine Erdwärmesonde",
            "Anzeige einer Grundwasserentnahme",
            "Einleitung von Niederschlagswasser in ein Gewässer",
            "Genehmigung einer Kleinkläranlage",
            "Überschwemmungsgebiet und Gewässerschutz",
        ],
    },
    Unit {
        code: "63",
        plan_keys: &["63.10.10", "63.10.20", "63.30.10"],
        subjects: &[
            "Baugenehmigung für ein Einfamilienhaus",
            "Bauvoranfrage zur Nutzungsänderung einer Scheune",
            "Abbruch einer Garage",
            "Errichtung eines Carports an der Grundstücksgrenze",
            "Nutzungsuntersagung eines Wochenendhauses",
        ],
    },
    Unit {
        code: "32",
        plan_keys: &["32.20.10", "32.30.10"],
        subjects: &[
            "Verlängerung des Jagdscheins",
            "waffenrechtliche Erlaubnis für Sportschützen",
            "Zuverlässigkeitsprüfung nach dem Waffengesetz",
            "Gaststättenerlaubnis für ein Straßenfest",
        ],
    },
    Unit {
        code: "36",
        plan_keys: &["36.10.10", "36.30.10"],
        subjects: &[
            "Umtausch der Fahrerlaubnis",
            "Sondernutzung öffentlicher Verkehrsflächen",
            "Schwertransport über Kreisstraßen",
            "Parkausweis für schwerbehinderte Menschen",
        ],
    },
    Unit {
        code: "50",
        plan_keys: &["50.10.10", "50.20.10"],
        subjects: &[
            "Antrag auf Wohngeld",
            "Eingliederungshilfe für einen Integrationshelfer",
            "Hilfe zur Pflege in einer Einrichtung",
            "Grundsicherung im Alter",
        ],
    },
    Unit {
        code: "51",
        plan_keys: &["51.30.10", "51.40.10"],
        subjects: &[
            "Erlaubnis zur Kindertagespflege",
            "Elternbeitrag für die Kindertageseinrichtung",
            "Unterhaltsvorschuss",
        ],
    },
    Unit {
        code: "70",
        plan_keys: &["70.10.10", "70.20.10"],
        subjects: &[
            "Anzeige einer Abfallentsorgung",
            "Altlastenverdacht auf einem Gewerbegrundstück",
            "Beseitigung illegaler Ablagerungen",
        ],
    },
];

const TOWNS: &[&str] = &[
    "Unna",
    "Bergkamen",
    "Bönen",
    "Fröndenberg",
    "Holzwickede",
    "Kamen",
    "Lünen",
    "Schwerte",
    "Selm",
    "Werne",
];

const STREETS: &[&str] = &[
    "Bahnhofstraße",
    "Hauptstraße",
    "Am Markt",
    "Kirchstraße",
    "Lindenweg",
    "Mühlenweg",
    "Schulstraße",
    "Gartenstraße",
    "Hellweg",
    "Ostring",
    "Westfalenstraße",
    "Zechenstraße",
    "Am Kanal",
    "Ringstraße",
    "Feldweg",
    "Buchenallee",
];

const FAMILY_NAMES: &[&str] = &[
    "Schulte",
    "Becker",
    "Hoffmann",
    "Wagner",
    "Krüger",
    "Brinkmann",
    "Kowalski",
    "Yilmaz",
    "Schröder",
    "Neumann",
    "Wolff",
    "Lange",
    "Vogt",
    "Peters",
    "Hartmann",
    "Kaya",
    "Nowak",
    "Richter",
    "Klein",
    "Schäfer",
    "Overbeck",
    "Droste",
    "Kemper",
    "Sommer",
    "Demir",
    "Tiemann",
    "Rüter",
    "Bußmann",
    "Lohmann",
    "Hülsmann",
];

const GIVEN_NAMES: &[&str] = &[
    "Anna", "Jonas", "Fatma", "Dirk", "Elena", "Mehmet", "Sabine", "Tobias", "Olga", "Lukas",
    "Heike", "Emre", "Marta", "Frank", "Julia", "Piotr",
];

const DOCUMENT_KINDS: &[&str] = &[
    "Antrag",
    "Eingangsbestätigung",
    "Nachforderung",
    "Stellungnahme",
    "Vermerk",
    "Anhörung",
    "Bescheid",
    "Widerspruch",
    "Gutachten",
    "Lageplan",
    "Rechnung",
    "Schreiben",
];

const DECISIONS: &[&str] = &[
    "Die beantragte Erlaubnis wird unter den nachstehenden Nebenbestimmungen erteilt.",
    "Der Antrag wird abgelehnt, weil die erforderlichen Nachweise nicht vollständig vorgelegt wurden.",
    "Die Genehmigung wird befristet bis zum Ablauf von drei Jahren erteilt.",
    "Dem Widerspruch wird abgeholfen; die Kosten des Verfahrens trägt der Kreis.",
    "Die Anordnung der sofortigen Vollziehung wird im öffentlichen Interesse angeordnet.",
];

const REMARKS: &[&str] = &[
    "Die Unterlagen wurden auf Vollständigkeit geprüft.",
    "Die Ortsbesichtigung hat keine Bedenken ergeben.",
    "Die Fachbehörde wurde um Stellungnahme gebeten.",
    "Telefonische Rücksprache mit der Antragstellerin am Vormittag.",
    "Die Frist zur Stellungnahme ist abgelaufen, eine Äußerung ist nicht eingegangen.",
    "Das Grundstück liegt im Geltungsbereich eines Bebauungsplans.",
    "Bedenken des Naturschutzes bestehen nicht.",
    "Die Gebühren wurden nach der Allgemeinen Verwaltungsgebührenordnung festgesetzt.",
    "Eine Anhörung nach § 28 Verwaltungsverfahrensgesetz ist erfolgt.",
    "Der Vorgang wird zur Wiedervorlage in vier Wochen vorgemerkt.",
];

/// One Akte with its documents, as search entries.
pub struct GeneratedAkte {
    pub akte: SearchEntry,
    pub documents: Vec<SearchEntry>,
}

/// The corpus: `akten` Akten sharing `documents` documents, from `seed`.
pub struct Corpus {
    akten: usize,
    documents: usize,
    seed: u64,
}

impl Corpus {
    pub fn new(akten: usize, documents: usize, seed: u64) -> Corpus {
        Corpus {
            akten,
            documents,
            seed,
        }
    }

    /// Documents of Akte `index`: the total spread evenly, the remainder to the first ones.
    fn documents_of(&self, index: usize) -> usize {
        let base = self.documents / self.akten.max(1);
        base + usize::from(index < self.documents % self.akten.max(1))
    }

    /// Every Akte in turn; each is generated from its own seed, so any range can be made alone.
    pub fn akten(&self) -> impl Iterator<Item = GeneratedAkte> + '_ {
        (0..self.akten).map(|index| self.akte(index))
    }

    fn akte(&self, index: usize) -> GeneratedAkte {
        let mut rng =
            StdRng::seed_from_u64(self.seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let unit = pick(&mut rng, UNITS);
        let plan_key = pick(&mut rng, unit.plan_keys);
        let subject = pick(&mut rng, unit.subjects);
        let year: i32 = rng.random_range(2015..=2026);
        let town = pick(&mut rng, TOWNS);
        let street = pick(&mut rng, STREETS);
        let family = pick(&mut rng, FAMILY_NAMES);
        let given = pick(&mut rng, GIVEN_NAMES);
        let house: u32 = rng.random_range(1..=140);
        let confidential = rng.random_ratio(3, 100);
        let state = if year >= 2025 || rng.random_ratio(1, 5) {
            "offen"
        } else {
            "geschlossen"
        };
        let id = index + 1;
        let aktenzeichen = format!("{plan_key}-{:04}/{year}", index % 9_999 + 1);
        let link = format!("/verwaltung/akten/{id}");
        let base = SearchEntry {
            key: String::new(),
            kind: EntryKind::Akte,
            title: String::new(),
            body: String::new(),
            unit: unit.code.to_owned(),
            confidential,
            year,
            state: state.to_owned(),
            link: link.clone(),
        };
        let place = format!("{street} {house}, {town}");
        let person = format!("{given} {family}");
        let mut documents = Vec::new();
        for number in 1..=self.documents_of(index) {
            let kind = pick(&mut rng, DOCUMENT_KINDS);
            let body = document_text(&mut rng, kind, subject, &person, &place, year);
            documents.push(SearchEntry {
                key: format!("document:{id}:{number}"),
                kind: EntryKind::Document,
                title: format!("{kind} {subject}"),
                body,
                link: format!("{link}#dokument-{number}"),
                ..base.clone()
            });
        }
        let akte = SearchEntry {
            key: format!("akte:{id}"),
            title: format!("{aktenzeichen} {subject}, {family}, {town}"),
            body: documents
                .iter()
                .map(|document| document.title.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            ..base
        };
        GeneratedAkte { akte, documents }
    }
}

fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    items.choose(rng).unwrap_or(&items[0])
}

fn document_text(
    rng: &mut StdRng,
    kind: &str,
    subject: &str,
    person: &str,
    place: &str,
    year: i32,
) -> String {
    let day: u32 = rng.random_range(1..=28);
    let month: u32 = rng.random_range(1..=12);
    let date = format!("{day:02}.{month:02}.{year}");
    let amount: u32 = rng.random_range(25..=1_800);
    let mut text = match kind {
        "Antrag" => format!(
            "Hiermit beantrage ich, {person}, die {subject} für das Grundstück {place}. \
             Die erforderlichen Unterlagen, insbesondere Lageplan und Nachweise, füge ich bei. \
             Für Rückfragen bin ich werktags erreichbar."
        ),
        "Eingangsbestätigung" => format!(
            "Sehr geehrte Damen und Herren, Ihr Antrag vom {date} betreffend {subject} ist \
             eingegangen. Die Bearbeitung dauert voraussichtlich sechs Wochen."
        ),
        "Nachforderung" => format!(
            "Zur weiteren Bearbeitung Ihres Antrags ({subject}) benötigen wir noch einen \
             aktuellen Nachweis. Bitte reichen Sie die Unterlagen bis zum {date} nach, \
             andernfalls muss nach Aktenlage entschieden werden."
        ),
        "Bescheid" => format!(
            "Bescheid über {subject}. Auf Ihren Antrag vom {date} ergeht folgende \
             Entscheidung: {} Die Verwaltungsgebühr beträgt {amount} Euro. \
             Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach \
             Bekanntgabe Klage beim Verwaltungsgericht Gelsenkirchen erhoben werden.",
            pick(rng, DECISIONS)
        ),
        "Widerspruch" => format!(
            "Gegen den Bescheid vom {date} lege ich, {person}, Widerspruch ein. Die \
             festgesetzten Gebühren von {amount} Euro halte ich für überhöht, die Begründung \
             reiche ich nach."
        ),
        "Anhörung" => format!(
            "Anhörung nach § 28 VwVfG NRW: Es ist beabsichtigt, in der Sache {subject} eine \
             belastende Entscheidung zu treffen. Sie erhalten Gelegenheit, sich bis zum {date} \
             zu äußern."
        ),
        "Gutachten" => format!(
            "Gutachterliche Stellungnahme zu {subject} am Standort {place}. Nach Prüfung der \
             örtlichen Verhältnisse bestehen aus fachlicher Sicht keine Bedenken, sofern die \
             Auflagen eingehalten werden."
        ),
        "Lageplan" => format!("Lageplan im Maßstab 1:500, {place}, Flur {amount}."),
        "Rechnung" => format!(
            "Gebührenrechnung vom {date}: Verwaltungsgebühr {amount} Euro, zahlbar innerhalb \
             von 14 Tagen unter Angabe des Kassenzeichens."
        ),
        _ => format!("Vermerk vom {date} zu {subject}, {place}."),
    };
    let remarks: usize = rng.random_range(1..=4);
    for _ in 0..remarks {
        text.push(' ');
        text.push_str(pick::<&str>(rng, REMARKS));
    }
    text
}
