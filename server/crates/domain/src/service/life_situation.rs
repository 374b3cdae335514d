//! Life situations (Lebenslagen): how the catalogue is browsed, by what happens in people's
//! lives rather than by which office is responsible.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LifeSituation {
    FamilieUndKinder,
    Gesundheit,
    BauenUndWohnen,
    UmweltUndNatur,
    TiereUndJagd,
    MobilitaetUndVerkehr,
    ArbeitUndBeruf,
    AufenthaltUndMigration,
    Soziales,
}

impl LifeSituation {
    pub const ALL: [LifeSituation; 9] = [
        LifeSituation::FamilieUndKinder,
        LifeSituation::Gesundheit,
        LifeSituation::BauenUndWohnen,
        LifeSituation::UmweltUndNatur,
        LifeSituation::TiereUndJagd,
        LifeSituation::MobilitaetUndVerkehr,
        LifeSituation::ArbeitUndBeruf,
        LifeSituation::AufenthaltUndMigration,
        LifeSituation::Soziales,
    ];

    /// The name in URLs and definition files, e.g. `tiere-und-jagd`.
    pub fn slug(self) -> &'static str {
        match self {
            LifeSituation::FamilieUndKinder => "familie-und-kinder",
            LifeSituation::Gesundheit => "gesundheit",
            LifeSituation::BauenUndWohnen => "bauen-und-wohnen",
            LifeSituation::UmweltUndNatur => "umwelt-und-natur",
            LifeSituation::TiereUndJagd => "tiere-und-jagd",
            LifeSituation::MobilitaetUndVerkehr => "mobilitaet-und-verkehr",
            LifeSituation::ArbeitUndBeruf => "arbeit-und-beruf",
            LifeSituation::AufenthaltUndMigration => "aufenthalt-und-migration",
            LifeSituation::Soziales => "soziales",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LifeSituation> {
        LifeSituation::ALL
            .into_iter()
            .find(|situation| situation.slug() == slug)
    }

    /// The Fluent key of its name.
    pub fn message_key(self) -> &'static str {
        use crate::msg_key;
        match self {
            LifeSituation::FamilieUndKinder => msg_key("life-situation-familie-und-kinder"),
            LifeSituation::Gesundheit => msg_key("life-situation-gesundheit"),
            LifeSituation::BauenUndWohnen => msg_key("life-situation-bauen-und-wohnen"),
            LifeSituation::UmweltUndNatur => msg_key("life-situation-umwelt-und-natur"),
            LifeSituation::TiereUndJagd => msg_key("life-situation-tiere-und-jagd"),
            LifeSituation::MobilitaetUndVerkehr => msg_key("life-situation-mobilitaet-und-verkehr"),
            LifeSituation::ArbeitUndBeruf => msg_key("life-situation-arbeit-und-beruf"),
            LifeSituation::AufenthaltUndMigration => {
                msg_key("life-situation-aufenthalt-und-migration")
            }
            LifeSituation::Soziales => msg_key("life-situation-soziales"),
        }
    }
}
