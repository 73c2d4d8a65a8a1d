//! Lexicons: everything an analyst may change, loaded from `lexicons/*.csv`,
//! validated with `file:line` messages, and compiled once into matchers.
//!
//! The files and their columns are documented in `lexicons/README.md`.

mod matcher;
pub mod table;

use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub use matcher::{Hit, PhraseMatcher, ScanHits, UnionMatcher};
use table::{read_table, split_list, Table};
pub use table::{Problem, Problems, Severity};

use crate::model::{Category, SourceKind};
use crate::text::fold_str;

/// A known outlet.
#[derive(Debug, Clone)]
pub struct Outlet {
    pub name: String,
    pub country: String,
    pub category: Category,
    pub ownership: String,
    /// agency, newspaper, broadcaster, website ...
    pub otype: String,
}

/// A known organization or government body.
#[derive(Debug, Clone)]
pub struct Org {
    pub name: String,
    pub kind: SourceKind,
    /// For government bodies: the country they speak for.
    pub country: String,
    pub otype: String,
    /// The category of an outlet no lexicon lists that a mention ties to
    /// the organization ("a newspaper close to Kataib Hezbollah": pro-Iran).
    pub media_category: Option<Category>,
}

/// A country: its canonical name and the category its outlets get.
#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub outlet_category: Category,
}

/// What an alias in the entity matcher stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Outlet(usize),
    Org(usize),
    Country(usize),
}

/// What a descriptor phrase says about the noun phrase it appears in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Descriptor {
    /// "state-run", "which is pro-Iran": the outlet's category.
    Category(Category),
    /// "newspaper", "channel", "agency": an outlet noun (value: outlet type).
    OutletNoun(String),
    /// "report", "statement", "article": stands for its author.
    DocumentNoun,
    /// "group", "militia", "leaders": an organization.
    GroupNoun,
    /// "minister", "spokesman": a person speaking for a government;
    /// `shared` (value `shared`: "president", "spokesman") when
    /// organizations of every kind have the title too, so that after a
    /// person's name and before a phrase that names no government it is
    /// that organization's ("Ana Ruiz, president of Public Citizen").
    GovPerson { shared: bool },
    /// "ministry", "army", "office": a government body.
    GovBody {
        /// A state named by its form ("the kingdom", "the emirate"): never
        /// the publisher's own government when the article names another.
        state: bool,
    },
    /// "Senate", "Congress": a chamber of a legislature, a government body
    /// only when it is the whole mention ("the Senate said"); elsewhere
    /// no part of a name and nothing more ("a senior Senate aide", "Senate
    /// Democrats", "counsel to Congress").
    Legislature,
    /// "officials", "diplomats", "sources": unnamed sources.
    Unnamed,
    /// "wife", "son", "critics": unnamed people named by their relation to
    /// someone, never that someone ("Obama's critics said" is not Obama).
    Relation,
    /// "analyst", "researcher": a named person's role; `field` (value
    /// `field`: "analyst", "expert", "professor") when a government word
    /// in lower case right before it is the role's field, not its employer
    /// ("a CNN military analyst", "a government professor").
    PersonRole { field: bool },
    /// "nominee", "strategist": a person's role of their own, who is no
    /// voice of the organization named with it ("the GOP nominee" is not
    /// the Republican Party, as "a GOP spokesman" is); otherwise a role.
    OwnRole,
    /// "firm", "company", "maritime": marks a name as an organization;
    /// `public` (value `public`: "committee", "commission") when a
    /// government's own bodies are named with it too, so that a government
    /// word before it still names one ("the Judiciary Committee", where
    /// "the Government Affairs Institute" names no government body);
    /// `sector` (value `sector`: "energy", "oil", "shipping") when the word
    /// names an industry that a minister's title names too, so that it
    /// marks no title as a company's ("Energy Minister Ana Ruiz", where "a
    /// company spokesman" is the company's).
    OrgWord { public: bool, sector: bool },
    /// "deputy", "senior": titles that are not part of a name; `past`
    /// (value `past`: "former", "retired") says the office after it is no
    /// longer held.
    Title { past: bool },
    /// "data", "figures": the source is in the complement ("data from X").
    DataNoun,
    /// "number", "majority", "handful": a share of the people in its "of"
    /// complement, who are the source ("a number of Republicans said").
    Partitive,
    /// "campaign", "camp": speaks for the person it belongs to ("his
    /// campaign said", "Clinton's campaign said"); alone, as a group noun.
    Proxy,
    /// "regime", "troops", "side": a word for a country's state when the
    /// country is named right before it ("the Syrian regime", "Russian
    /// troops", "the Iranian side" are that country's government); alone it
    /// names no one.
    StateNoun,
}

/// A label's value that is empty or one word that sets a flag ("past" of
/// `title`): whether it is set, or why the value is none of the two.
fn flag(label: &str, value: &str, name: &str) -> Result<bool, String> {
    match value {
        "" => Ok(false),
        v if v == name => Ok(true),
        v => Err(format!(
            "unknown {label} value `{v}`; expected nothing or {name}"
        )),
    }
}

impl Descriptor {
    /// Whether the word names people and no one in particular: an unnamed
    /// source ("officials") or, alone, a relation ("critics said").
    pub fn names_no_one(&self) -> bool {
        matches!(self, Descriptor::Unnamed | Descriptor::Relation)
    }

    /// Whether the word is a title a person's name may follow: a government
    /// post, a role or an honorific ("Sen.", "analyst", "Dr.").
    pub fn titles_a_person(&self) -> bool {
        matches!(
            self,
            Descriptor::GovPerson { .. } | Descriptor::Title { .. }
        ) || self.is_role()
    }

    /// Whether the word is a person's role (`person_role`, `own_role`).
    pub fn is_role(&self) -> bool {
        matches!(self, Descriptor::PersonRole { .. } | Descriptor::OwnRole)
    }

    fn parse(label: &str, value: &str) -> Result<Descriptor, String> {
        Ok(match label {
            "category" => Descriptor::Category(Category::parse(value).ok_or_else(|| {
                format!(
                    "unknown category `{value}`; expected one of {}",
                    Category::ALL.map(|c| c.as_str()).join(", ")
                )
            })?),
            "outlet_noun" | "outlet_plural" | "masthead" => Descriptor::OutletNoun(if value.is_empty() {
                "outlet".into()
            } else {
                value.into()
            }),
            "document_noun" => Descriptor::DocumentNoun,
            "group_noun" => Descriptor::GroupNoun,
            "gov_person" => Descriptor::GovPerson {
                shared: value == "shared",
            },
            "gov_body" => Descriptor::GovBody {
                state: flag(label, value, "state")?,
            },
            "legislature" => Descriptor::Legislature,
            "unnamed" => {
                // (value group: the lexicon's `group_plurals`)
                flag(label, value, "group")?;
                Descriptor::Unnamed
            }
            "relation" => Descriptor::Relation,
            "person_role" => Descriptor::PersonRole {
                field: flag(label, value, "field")?,
            },
            "own_role" => Descriptor::OwnRole,
            "org_word" => {
                let (public, sector) = match value {
                    "" => (false, false),
                    "public" => (true, false),
                    "sector" => (false, true),
                    v => {
                        return Err(format!(
                            "unknown org_word value `{v}`; expected nothing, public or sector"
                        ))
                    }
                };
                Descriptor::OrgWord { public, sector }
            }
            "title" => Descriptor::Title {
                past: flag(label, value, "past")?,
            },
            "data_noun" => Descriptor::DataNoun,
            "partitive" => Descriptor::Partitive,
            "proxy" => Descriptor::Proxy,
            "state_noun" => Descriptor::StateNoun,
            other => {
                return Err(format!(
                    "unknown label `{other}`; expected category, outlet_noun, outlet_plural, masthead, document_noun, group_noun, gov_person, gov_body, legislature, unnamed, relation, person_role, own_role, org_word, title, data_noun, partitive, proxy or state_noun"
                ))
            }
        })
    }
}

/// Kind of reporting cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    Neutral,
    Distancing,
    Endorsing,
    Cognition,
    According,
}

impl CueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Neutral => "neutral",
            CueKind::Distancing => "distancing",
            CueKind::Endorsing => "endorsing",
            CueKind::Cognition => "cognition",
            CueKind::According => "according",
        }
    }
}

/// Where a cue's reported content must be for the cue to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Any clause or object.
    Any,
    /// Only with `that`, a colon or a quotation after it ("hopes that").
    Complement,
    /// As `Complement`, or a clause whose "that" is left out: a short
    /// subject, then an auxiliary ("thinks the tax is wrong").
    Clause,
    /// The source follows the cue ("according to X").
    According,
    /// The noun phrase after the cue is the listener ("told reporters"),
    /// not the content, unless a clause follows.
    Object,
    /// As `Clause`, or an infinitive: a commitment or intention
    /// ("vowed to block", "hopes to win").
    Intent,
    /// As `Clause`, or any clause or object when the word right before
    /// the cue is an `evidence` noun of grammar.csv: what a poll or a
    /// record shows needs no "that" ("A Fox News poll shows Sanders ahead").
    Findings,
}

/// One form of a reporting cue (possibly several words).
#[derive(Debug, Clone)]
pub struct CueForm {
    /// Folded words after the first.
    pub rest: Vec<String>,
    pub lemma: String,
    pub kind: CueKind,
    pub frame: Frame,
    /// An `-ing` form ("saying", "arguing").
    pub participle: bool,
    /// `reporting_verbs.csv:LINE`
    pub origin: String,
    /// May stand before its subject ("..., said the minister").
    pub inverts: bool,
    /// Folded words that, right after the form, make it no cue
    /// (`not_before`: "opposed to", "added to").
    pub not_before: Vec<String>,
    /// Frame `set_off`: as `According`, but only set off by a comma, where
    /// the word is common otherwise ("Per Axios, ...", "..., per the
    /// ministry."; not "50 miles per hour").
    pub set_off: bool,
}

impl CueForm {
    /// Whether `word` (folded) is the base form of this cue's lemma ("say"
    /// of "say", not "said").
    pub fn is_base(&self, word: &str) -> bool {
        self.lemma.split(' ').next() == Some(word)
    }
}

/// An office a person holds for a country's government (`people.csv`
/// `office`: "Iran 2024-", "United States 2017-2021").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    pub country: String,
    pub from: u16,
    /// The last year, or none while the office is held.
    pub to: Option<u16>,
}

impl Office {
    fn parse(s: &str) -> Result<Office, String> {
        let bad = || format!("office `{s}`: expected COUNTRY FROM-[TO], as `Iran 2024-`");
        let (country, years) = s.trim().rsplit_once(' ').ok_or_else(bad)?;
        let (from, to) = years.split_once('-').ok_or_else(bad)?;
        let year = |y: &str| y.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y));
        let from = year(from).ok_or_else(bad)?;
        let to = if to.is_empty() {
            None
        } else {
            Some(year(to).filter(|&t| t >= from).ok_or_else(bad)?)
        };
        Ok(Office {
            country: country.trim().to_string(),
            from,
            to,
        })
    }
}

/// Word classes the attribution grammar uses (`grammar.csv`).
pub mod class {
    /// A set of word classes, one bit each.
    pub type Class = u64;

    pub const DET: Class = 1;
    pub const AUX: Class = 1 << 1;
    pub const ADVERB: Class = 1 << 2;
    pub const NEGATOR: Class = 1 << 3;
    pub const BOUNDARY: Class = 1 << 4;
    pub const PREP: Class = 1 << 5;
    pub const TIME: Class = 1 << 6;
    pub const PRON_PERSON: Class = 1 << 7;
    pub const PRON_THING: Class = 1 << 8;
    pub const PRON_PLURAL: Class = 1 << 9;
    pub const CHAIN: Class = 1 << 10;
    pub const CONJ: Class = 1 << 11;
    pub const RELATIVE: Class = 1 << 12;
    pub const CITING: Class = 1 << 13;
    pub const OPENER: Class = 1 << 14;
    pub const PRON_AUTHOR: Class = 1 << 15;
    pub const RELATIVE_CUE: Class = 1 << 16;
    pub const VERB: Class = 1 << 17;
    pub const QUANTIFIER: Class = 1 << 18;
    pub const SPECULATIVE: Class = 1 << 19;
    pub const LABEL: Class = 1 << 20;
    pub const EVIDENCE: Class = 1 << 21;
    /// A cue form that is also a plural noun ("states", "reports", "claims").
    pub const NOUN_FORM: Class = 1 << 22;
    /// A lower-case word inside an organization's name ("Bank of America",
    /// "Center for Responsive Politics").
    pub const NAME_JOINER: Class = 1 << 23;
    /// A word after which a capitalised run names no person ("in New
    /// York", "the New York businessman").
    pub const NO_PERSON_AFTER: Class = 1 << 24;
    /// A word that says its person is a man: "he", "Mr.", "congressman";
    /// also the class of the male names of `given_names.csv`.
    pub const MASCULINE: Class = 1 << 25;
    /// A word that says its person is a woman: "she", "Mrs.", "spokeswoman";
    /// also the class of the female names of `given_names.csv`.
    pub const FEMININE: Class = 1 << 26;
    /// Either gender class.
    pub const GENDER: Class = MASCULINE | FEMININE;

    /// The gender classes of `g` when they name one gender, else 0 (none,
    /// or both: "he" and "she" in one mention tell nothing).
    /// Whether a capitalised word of class `c` may still be a name: an
    /// auxiliary, adverb or time word (speculative too) and of no other
    /// class ("May", "Long", "Day"; "That" is none).
    pub const fn may_be_name(c: Class) -> bool {
        c & (AUX | ADVERB | TIME) != 0 && c & !(AUX | ADVERB | TIME | SPECULATIVE) == 0
    }

    pub const fn one_gender(g: Class) -> Class {
        match g & GENDER {
            GENDER => 0,
            g => g,
        }
    }

    /// The gender class a `gender` column names: `male` or `female`.
    pub fn of_gender(value: &str) -> Result<Class, String> {
        match value {
            "male" => Ok(MASCULINE),
            "female" => Ok(FEMININE),
            g => Err(format!("unknown gender `{g}`; expected male or female")),
        }
    }
    /// A preposition after a document noun that names its author ("a
    /// report by Human Rights Watch", "a statement from the ministry").
    pub const AUTHOR_PREP: Class = 1 << 27;
    /// A preposition after a document noun that names the outlet printing
    /// it ("a study in the journal Nature"); only an outlet counts.
    pub const VENUE_PREP: Class = 1 << 28;
    /// A cue form that also names what comes before it ("a group called
    /// Color of Change", "called off").
    pub const NAMING: Class = 1 << 29;
    /// A word that, right before a title, makes it another title or one
    /// held before ("Vice President Joe Biden", "former President Bush"):
    /// "the president" refers to neither.
    pub const OTHER_TITLE: Class = 1 << 30;
    /// A determiner that introduces someone new ("a senator", "one
    /// congressman"): no earlier official is meant.
    pub const INDEFINITE: Class = 1 << 31;
    /// A word in -ed that is an adjective inside a noun phrase ("the Iraqi
    /// armed forces", "Democratic elected officials"), not a verb ending
    /// the phrase before a cue.
    pub const ADJECTIVE: Class = 1 << 32;
    /// A participle that, between a form of "be" and "to", makes a report of
    /// a report ("Netanyahu is reported to have told", "was said to have
    /// warned"): the cue after it is the subject's, and no passive.
    pub const HEARSAY: Class = 1 << 33;
    /// The part after a hyphen that makes the organization before it the
    /// one running a body ("the Hamas-run health ministry", "the
    /// Houthi-controlled interior ministry"); not "Iran-backed".
    pub const CONTROL: Class = 1 << 34;
    /// A past participle not in -ed that may open a reduced relative set
    /// off by commas ("Britain, France and Germany, known as the E3, said";
    /// "born in", "seen as"): no verb to the other rules.
    pub const PARTICIPLE: Class = 1 << 35;
    /// A verb of what a state itself does ("summoned", "recalled",
    /// "imposed"): a tail's government body after a clause a country
    /// heads with one speaks for that country, as after a reporting verb
    /// ("Iraq summoned the envoy, the ministry said"); never an act of war,
    /// whose toll a body of the other side may give.
    pub const STATE_ACT: Class = 1 << 36;
    /// A participle by which a document is issued or carried ("carried",
    /// "published", "signed"): set off after a document noun with its
    /// agent ("The statement, carried by the WAM news agency, said"), it
    /// stays in the mention, whose document stands for that agent; not
    /// "obtained", "seen": who got hold of it issued nothing.
    pub const CARRIER: Class = 1 << 37;
    /// An adjective that, capitalised only because it opens a sentence,
    /// is no name alone before a lower-case word ("Local media said" is
    /// unnamed media, as "local media" is; "Local resident Ana Ruiz" is
    /// Ana Ruiz); a longer capitalised run keeps it ("Social Democrats").
    pub const OPENING_ADJECTIVE: Class = 1 << 38;
    /// A participle whose agent only saw or got hold of a document
    /// ("seen", "obtained", "reviewed"): "a report seen by Reuters" is no
    /// report of Reuters, whose name after "by" is no author.
    pub const VIEWER: Class = 1 << 39;
    /// A word that ties an outlet to an organization ("close to",
    /// "affiliated with", "-run"): an outlet no lexicon lists, so tied to
    /// an organization with a `media_category`, takes that category.
    pub const TIE: Class = 1 << 40;
    /// A pronoun only ever an object ("him", "them"): after a preposition it
    /// is the preposition's and the phrase goes on before it ("a source close
    /// to him said"); before a cue it ends a relative clause, no subject of
    /// the cue ("Diplomats who met him say": the diplomats).
    pub const OBJECT_PRONOUN: Class = 1 << 41;
    /// A noun naming a rule, plan or agreement: in the phrase after a
    /// `set_off` cue ("per the party's bylaws", "per Ohio law") it makes
    /// the cue "in keeping with", no attribution.
    pub const NORM_NOUN: Class = 1 << 42;
    /// A pronoun that stands for a source named before: a person, a thing
    /// or several (not the author's "I" or "we").
    pub const PRONOUN: Class = PRON_PERSON | PRON_THING | PRON_PLURAL;
    /// Classes only their own rule reads: to every other rule a word of
    /// them is an ordinary word.
    pub const SIDE: Class = LABEL
        | EVIDENCE
        | NOUN_FORM
        | NAME_JOINER
        | NO_PERSON_AFTER
        | MASCULINE
        | FEMININE
        | AUTHOR_PREP
        | VENUE_PREP
        | NAMING
        | OTHER_TITLE
        | INDEFINITE
        | ADJECTIVE
        | HEARSAY
        | CONTROL
        | PARTICIPLE
        | STATE_ACT
        | CARRIER
        | OPENING_ADJECTIVE
        | VIEWER
        | TIE
        | OBJECT_PRONOUN
        | NORM_NOUN;

    pub const NAMES: [(&str, Class); 43] = [
        ("pron_author", PRON_AUTHOR),
        ("det", DET),
        ("aux", AUX),
        ("adverb", ADVERB),
        ("negator", NEGATOR),
        ("boundary", BOUNDARY),
        ("prep", PREP),
        ("time", TIME),
        ("pron_person", PRON_PERSON),
        ("pron_thing", PRON_THING),
        ("pron_plural", PRON_PLURAL),
        ("chain", CHAIN),
        ("conj", CONJ),
        ("relative", RELATIVE),
        ("citing", CITING),
        ("opener", OPENER),
        ("relative_cue", RELATIVE_CUE),
        ("verb", VERB),
        ("quantifier", QUANTIFIER),
        ("speculative", SPECULATIVE),
        ("label", LABEL),
        ("evidence", EVIDENCE),
        ("noun_form", NOUN_FORM),
        ("name_joiner", NAME_JOINER),
        ("no_person_after", NO_PERSON_AFTER),
        ("masculine", MASCULINE),
        ("feminine", FEMININE),
        ("author_prep", AUTHOR_PREP),
        ("venue_prep", VENUE_PREP),
        ("naming", NAMING),
        ("other_title", OTHER_TITLE),
        ("indefinite", INDEFINITE),
        ("adjective", ADJECTIVE),
        ("hearsay", HEARSAY),
        ("control", CONTROL),
        ("participle", PARTICIPLE),
        ("state_act", STATE_ACT),
        ("carrier", CARRIER),
        ("opening_adjective", OPENING_ADJECTIVE),
        ("viewer", VIEWER),
        ("tie", TIE),
        ("object_pronoun", OBJECT_PRONOUN),
        ("norm_noun", NORM_NOUN),
    ];
}

/// Sentence-splitting words (`segment.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegKind {
    /// Never ends a sentence ("Mr.", "Gen.").
    Title,
    /// Ends a sentence only before a sentence starter ("U.S.", "Jan.").
    Abbrev,
    /// A word that typically starts a sentence ("The", "It").
    Starter,
    /// An abbreviation only before a number ("No. 2"); elsewhere the word
    /// and its period end the sentence ("She said no.").
    Number,
}

/// What a junk pattern marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JunkKind {
    /// Boilerplate phrase in a short line ("newsletter", "store").
    Phrase,
    /// A marker of script code ("document.", "function(").
    Code,
    /// A weak boilerplate word ("store", "premium"): only in a short line
    /// without final punctuation.
    Weak,
    /// Marks a line as junk at any length ("the opinions expressed in").
    Always,
    /// Marks a photo gallery or video widget pasted as one line ("hide
    /// caption"): junk at any length, unless it is the article's only line.
    Gallery,
}

/// Tunable numbers (`settings.csv`).
#[derive(Debug, Clone)]
pub struct Settings {
    /// A line with a junk phrase is removed only when it has at most this many words.
    pub junk_max_words: usize,
    /// An `always` junk phrase removes a line of at most this many words.
    pub junk_always_max_words: usize,
    /// A line whose share of `{}();=<>` characters exceeds this is code.
    pub junk_code_ratio: f64,
    /// Share of a claim's content inside quotation marks that makes it `direct`.
    pub direct_quote_share: f64,
    /// Longest source mention, in tokens, before the mention is refused.
    pub max_mention_tokens: usize,
    /// Most tokens between a verb and the quotation after it for the `quote-verb`
    /// attribution ("Sanders delivered a snappy retort: “...”").
    pub quote_verb_window: usize,
    /// Most words of the subject before the auxiliary of a complement clause
    /// without "that" ("thinks the tax is wrong"); 0: such clauses are not
    /// read as complements.
    pub bare_clause_words: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            junk_max_words: 12,
            junk_always_max_words: 80,
            junk_code_ratio: 0.06,
            direct_quote_share: 0.5,
            max_mention_tokens: 16,
            quote_verb_window: 14,
            bare_clause_words: 6,
        }
    }
}

/// A lexicon file that was read, with its hash for the manifest.
#[derive(Debug, Clone)]
pub struct LexiconFile {
    pub name: String,
    pub rows: usize,
    /// The bytes as read, so that the hash names what was loaded even if
    /// the file changes later; hashed only when asked (`score`, `lint` and
    /// `explain` never ask: a fifth of their start-up went on hashing).
    bytes: std::sync::Arc<[u8]>,
    sha256: std::sync::OnceLock<String>,
}

impl LexiconFile {
    /// The SHA-256 of the file's bytes as read, in lower-case hex.
    pub fn sha256(&self) -> &str {
        self.sha256.get_or_init(|| {
            let mut h = Sha256::new();
            h.update(&self.bytes);
            format!("{:x}", h.finalize())
        })
    }
}

/// The compiled lexicon set.
#[derive(Debug, Clone)]
pub struct Lexicons {
    pub dir: PathBuf,
    pub files: Vec<LexiconFile>,
    pub outlets: Vec<Outlet>,
    pub orgs: Vec<Org>,
    pub countries: Vec<Country>,
    /// Aliases of outlets, organizations and countries.
    pub entities: PhraseMatcher,
    pub entity_of: Vec<Entity>,
    /// `file:line` of each alias in `entities`.
    pub entity_origin: Vec<String>,
    pub descriptors: PhraseMatcher,
    pub descriptor_of: Vec<Descriptor>,
    /// `descriptors.csv:LINE` of each descriptor.
    pub descriptor_origin: Vec<String>,
    /// Whether each descriptor is a `masthead` row: an outlet noun only as
    /// the capitalised last word of a name ("the Kestrel Observer"), no
    /// word of its own (not in `descriptor_word`).
    pub descriptor_masthead: Vec<bool>,
    /// The folded words of the `masthead` rows ("times", "post").
    pub masthead_words: rustc_hash::FxHashSet<String>,
    /// Single-word descriptors (folded) and their index, for per-token lookups.
    pub descriptor_word: HashMap<String, usize>,
    /// The title an abbreviated government title stands for (`gov_person`
    /// value, folded: "gov." → "governor"), so that "the governor" finds
    /// "Gov. Ana Ruiz".
    pub title_full: HashMap<String, String>,
    /// Government titles of two words (`gov_person` rows, folded:
    /// "attorney general", "inspector general"), keyed by the last word with
    /// the first words before it, so that "the inspector general" does not
    /// find "Attorney General Ana Ruiz" (asked with no allocation).
    pub compound_titles: HashMap<String, Vec<String>>,
    /// One-word outlet nouns that are the plural of another (`outlets`,
    /// `dailies`), or listed as `outlet_plural` (`media`): several outlets,
    /// never one named before.
    pub plural_outlet_nouns: rustc_hash::FxHashSet<String>,
    /// `unnamed` words with value `group` ("rebels", "militants"): after
    /// "the" alone, the armed group named in the sentence or the one before
    /// ("Yemen's Houthis claimed ... The rebels said": the Houthis).
    pub group_plurals: rustc_hash::FxHashSet<String>,
    /// Descriptors of several words (folded, no wildcard) and their index.
    pub descriptor_phrase: HashMap<String, usize>,
    /// Cue forms keyed by their first folded word.
    pub cues: HashMap<String, Vec<CueForm>>,
    /// The one-word cue forms of a verb that relays another's words: a
    /// lemma one of whose forms is `citing` in grammar.csv ("quoting",
    /// "citing"), so "quoted" and "cited" ("the minister, quoted by IRNA,").
    pub relaying: rustc_hash::FxHashSet<String>,
    pub grammar: HashMap<String, class::Class>,
    /// Folded given name -> `class::MASCULINE` or `class::FEMININE`
    /// (`given_names.csv`).
    pub given_names: HashMap<String, class::Class>,
    /// Folded surname -> the people of `people.csv` who bear it: canonical
    /// name, gender class, and whether the surname alone means them when
    /// several agree with a mention (`default`).
    pub people: HashMap<String, Vec<(String, class::Class, bool)>>,
    /// Places within a country that a name run may be (`places.csv`): the
    /// folded name, words joined by one space, to the place as listed and
    /// its country.
    pub places: HashMap<String, (String, String)>,
    /// The most words of a place's name.
    pub place_words: usize,
    /// The first words of the places' names, so that a run of words is
    /// looked up whole (a key built) only when it may be one.
    pub place_first: rustc_hash::FxHashSet<String>,
    /// The abbreviations of places (`places.csv`: "Ky.", "N.Y.", "KY"),
    /// folded and without a final period, to the place as listed: for
    /// party labels ("R-Ky.").
    pub place_abbrev: HashMap<String, String>,
    /// A country's people: the folded aliases that are another alias of the
    /// same country with an `s` ("iranians" beside "iranian").
    pub demonym_plurals: rustc_hash::FxHashSet<String>,
    /// The gender class of each person of `people.csv`, by the name as listed.
    pub people_gender: HashMap<String, class::Class>,
    /// Another full name of a person of `people.csv` (its `aliases`),
    /// folded, to the name as listed: "Charles Schumer" is Chuck Schumer.
    pub person_alias: HashMap<String, String>,
    /// The place (`places.csv`) and folded party of the politicians of
    /// `people.csv`, by the name as listed: "the Kentucky Republican".
    pub person_place: HashMap<String, (String, String)>,
    /// The country whose government a person of `people.csv` heads or
    /// headed (its `leads`), by the name as listed: "the Trump
    /// administration" speaks for the United States.
    pub person_leads: HashMap<String, String>,
    /// The offices a person of `people.csv` holds or held for a country's
    /// government (its `office`: country, first year, last year or none
    /// while held), by the name as listed and by each alias as written.
    pub person_office: HashMap<String, Vec<Office>>,
    pub segment: HashMap<String, SegKind>,
    pub junk: PhraseMatcher,
    pub junk_kind: Vec<JunkKind>,
    pub settings: Settings,
    pub scoring: crate::score::ScoringLexicons,
    /// Entities, descriptors, junk and the scoring term lists in one
    /// automaton: [`Lexicons::scan`] reads an article once for all of them.
    pub union: UnionMatcher,
    /// Warnings met while loading (errors abort the load).
    pub warnings: Vec<Problem>,
}

/// Loading failed: every problem found, errors and warnings.
#[derive(Debug, thiserror::Error)]
#[error("{}", .problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
pub struct LexiconError {
    pub problems: Vec<Problem>,
}

/// The first words of the distancing cue forms ("claimed", "alleged"),
/// sorted.
/// [`Lexicons::relaying`]: the one-word cue forms whose lemma has a form
/// of grammar.csv's `citing` class.
fn relaying_forms(
    cues: &HashMap<String, Vec<CueForm>>,
    grammar: &HashMap<String, class::Class>,
) -> rustc_hash::FxHashSet<String> {
    let lemmas: rustc_hash::FxHashSet<&str> = grammar
        .iter()
        .filter(|(_, c)| **c & class::CITING != 0)
        .filter_map(|(w, _)| cues.get(w))
        .flatten()
        .filter(|f| f.rest.is_empty())
        .map(|f| f.lemma.as_str())
        .collect();
    cues.iter()
        .filter(|(_, fs)| {
            fs.iter()
                .any(|f| f.rest.is_empty() && !f.participle && lemmas.contains(f.lemma.as_str()))
        })
        .map(|(w, _)| w.clone())
        .collect()
}

fn distancing_cue_words(cues: &HashMap<String, Vec<CueForm>>) -> Vec<&str> {
    let mut words: Vec<&str> = cues
        .iter()
        .filter(|(_, forms)| forms.iter().any(|f| f.kind == CueKind::Distancing))
        .map(|(first, _)| first.as_str())
        .collect();
    words.sort_unstable();
    words
}

/// The manifest's record of table `t` (its hash is computed on demand).
pub(crate) fn hash_table(t: &Table) -> LexiconFile {
    lexicon_file(&t.path, t.bytes.clone(), t.rows.len())
}

/// The manifest entry of a lexicon file read as `bytes`, with `rows` rows.
pub(crate) fn lexicon_file(path: &Path, bytes: std::sync::Arc<[u8]>, rows: usize) -> LexiconFile {
    LexiconFile {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        rows,
        bytes,
        sha256: std::sync::OnceLock::new(),
    }
}

/// Refuse terms that would match everything or nothing.
pub fn check_term(term: &str, p: &mut Problems, path: &Path, line: u64) -> bool {
    let core = term.trim_end_matches('*');
    if core.trim().is_empty() {
        p.error(path, line, "empty term");
        return false;
    }
    let wildcard = term.contains('*');
    if wildcard && (term.matches('*').count() > 1 || !term.ends_with('*')) {
        p.error(
            path,
            line,
            format!("misplaced wildcard in `{term}`: `*` may only end a term"),
        );
        return false;
    }
    // (a prefix ending in a hyphen matches only compounds of its word,
    // "US-*": "US-led", "US-brokered")
    let compound = core.ends_with('-') && core.chars().filter(|c| c.is_alphanumeric()).count() >= 2;
    if wildcard && !compound && core.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
        p.error(
            path,
            line,
            format!("wildcard term `{term}` is too short: it would match almost every word"),
        );
        return false;
    }
    if !core.chars().any(|c| c.is_alphanumeric()) {
        p.error(
            path,
            line,
            format!("term `{term}` has no letters or digits"),
        );
        return false;
    }
    true
}

impl Lexicons {
    /// Load and compile every lexicon in `dir`.
    pub fn load(dir: &Path) -> Result<Lexicons, LexiconError> {
        let mut p = Problems::default();
        let lex = Self::load_inner(dir, &mut p);
        match lex {
            Some(mut l) if !p.has_errors() => {
                l.warnings = p.list;
                Ok(l)
            }
            _ => {
                if !p.has_errors() {
                    p.error(dir, 0, "lexicons could not be loaded");
                }
                Err(LexiconError { problems: p.list })
            }
        }
    }

    /// Every problem in the lexicon folder, errors and warnings, without failing.
    pub fn lint(dir: &Path) -> Vec<Problem> {
        let mut p = Problems::default();
        let _ = Self::load_inner(dir, &mut p);
        p.list
            .sort_by(|a, b| a.file.cmp(&b.file).then(a.line.cmp(&b.line)));
        p.list
    }

    fn load_inner(dir: &Path, p: &mut Problems) -> Option<Lexicons> {
        if !dir.is_dir() {
            p.error(dir, 0, "lexicon folder not found");
            return None;
        }
        let mut files = Vec::new();
        let path = |name: &str| dir.join(name);

        // countries
        let mut countries = Vec::new();
        let mut alias_terms: Vec<String> = Vec::new();
        let mut entity_of = Vec::new();
        let mut entity_origin: Vec<String> = Vec::new();
        let mut alias_owner: HashMap<String, (String, PathBuf, u64)> = HashMap::default();
        let mut add_alias = |alias: &str,
                             e: Entity,
                             owner: &str,
                             file: &Path,
                             line: u64,
                             p: &mut Problems,
                             alias_terms: &mut Vec<String>,
                             entity_of: &mut Vec<Entity>,
                             entity_origin: &mut Vec<String>| {
            if !check_term(alias, p, file, line) {
                return;
            }
            let key = if matcher::is_acronym(alias) {
                alias.to_string()
            } else {
                fold_str(alias)
            };
            if let Some((other, f0, l0)) = alias_owner.get(&key) {
                if other != owner {
                    p.warn(
                        file,
                        line,
                        format!(
                            "alias `{alias}` of `{owner}` is already an alias of `{other}` ({}:{l0}); the first wins",
                            f0.display()
                        ),
                    );
                }
                return;
            }
            alias_owner.insert(key, (owner.to_string(), file.to_path_buf(), line));
            alias_terms.push(alias.to_string());
            entity_of.push(e);
            let fname = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            entity_origin.push(format!("{fname}:{line}"));
        };

        let cpath = path("countries.csv");
        if let Some(t) = read_table(
            &cpath,
            &["country", "aliases", "outlet_category"],
            &["notes"],
            p,
        ) {
            for r in &t.rows {
                let name = r.get(0);
                if name.is_empty() {
                    p.error(&cpath, r.line, "empty country");
                    continue;
                }
                let Some(cat) = Category::parse(r.get(2)) else {
                    p.error(
                        &cpath,
                        r.line,
                        format!("unknown outlet_category `{}`", r.get(2)),
                    );
                    continue;
                };
                let idx = countries.len();
                countries.push(Country {
                    name: name.to_string(),
                    outlet_category: cat,
                });
                for a in std::iter::once(name).chain(split_list(r.get(1))) {
                    add_alias(
                        a,
                        Entity::Country(idx),
                        name,
                        &cpath,
                        r.line,
                        p,
                        &mut alias_terms,
                        &mut entity_of,
                        &mut entity_origin,
                    );
                }
            }
            files.push(hash_table(&t));
        }
        let country_known = |c: &str, countries: &[Country]| {
            c.is_empty() || countries.iter().any(|k| k.name.eq_ignore_ascii_case(c))
        };

        // outlets: curated first, then the registry-derived list
        let mut outlets = Vec::new();
        // (the alias terms of the registry, for the stricter capital check)
        let mut registry_from = None;
        for name in ["outlets.csv", "outlets_registry.csv"] {
            let opath = path(name);
            if name == "outlets_registry.csv" {
                if !opath.exists() {
                    continue;
                }
                registry_from = Some(alias_terms.len());
            }
            let Some(t) = read_table(
                &opath,
                &["name", "aliases", "country", "category"],
                &["ownership", "type", "notes"],
                p,
            ) else {
                continue;
            };
            for r in &t.rows {
                let oname = r.get(0);
                if oname.is_empty() {
                    p.error(&opath, r.line, "empty outlet name");
                    continue;
                }
                let Some(cat) = Category::parse(r.get(3)) else {
                    p.error(
                        &opath,
                        r.line,
                        format!(
                            "unknown category `{}`; expected one of {}",
                            r.get(3),
                            Category::ALL.map(|c| c.as_str()).join(", ")
                        ),
                    );
                    continue;
                };
                if !country_known(r.get(2), &countries) {
                    p.warn(
                        &opath,
                        r.line,
                        format!("country `{}` is not in countries.csv", r.get(2)),
                    );
                }
                let idx = outlets.len();
                outlets.push(Outlet {
                    name: oname.to_string(),
                    country: r.get(2).to_string(),
                    category: cat,
                    ownership: r.get(4).to_string(),
                    otype: r.get(5).to_string(),
                });
                for a in std::iter::once(oname).chain(split_list(r.get(1))) {
                    add_alias(
                        a,
                        Entity::Outlet(idx),
                        oname,
                        &opath,
                        r.line,
                        p,
                        &mut alias_terms,
                        &mut entity_of,
                        &mut entity_origin,
                    );
                }
            }
            files.push(hash_table(&t));
        }
        let registry_terms = registry_from.map_or(0..0, |from| from..alias_terms.len());

        // organizations and government bodies
        let mut orgs = Vec::new();
        let gpath = path("organizations.csv");
        if let Some(t) = read_table(
            &gpath,
            &["name", "aliases", "kind"],
            &["country", "type", "notes", "media_category"],
            p,
        ) {
            for r in &t.rows {
                let oname = r.get(0);
                if oname.is_empty() {
                    p.error(&gpath, r.line, "empty name");
                    continue;
                }
                let kind = match r.get(2) {
                    "organization" => SourceKind::Organization,
                    "government" => SourceKind::Government,
                    other => {
                        p.error(
                            &gpath,
                            r.line,
                            format!("kind must be organization or government, not `{other}`"),
                        );
                        continue;
                    }
                };
                if kind == SourceKind::Government && r.get(3).is_empty() {
                    p.error(
                        &gpath,
                        r.line,
                        "a government body needs the country it speaks for",
                    );
                    continue;
                }
                if !country_known(r.get(3), &countries) {
                    p.error(
                        &gpath,
                        r.line,
                        format!("country `{}` is not in countries.csv", r.get(3)),
                    );
                    continue;
                }
                let media_category = match r.get(6).trim() {
                    "" => None,
                    c => match Category::parse(c) {
                        Some(c) => Some(c),
                        None => {
                            p.error(&gpath, r.line, format!("unknown media_category `{c}`"));
                            continue;
                        }
                    },
                };
                let idx = orgs.len();
                orgs.push(Org {
                    name: oname.to_string(),
                    kind,
                    country: r.get(3).to_string(),
                    otype: r.get(4).to_string(),
                    media_category,
                });
                for a in std::iter::once(oname).chain(split_list(r.get(1))) {
                    add_alias(
                        a,
                        Entity::Org(idx),
                        oname,
                        &gpath,
                        r.line,
                        p,
                        &mut alias_terms,
                        &mut entity_of,
                        &mut entity_origin,
                    );
                }
            }
            files.push(hash_table(&t));
        }
        let mut entities = PhraseMatcher::new(&alias_terms);
        let demonym_plurals = {
            let aliases: rustc_hash::FxHashSet<(usize, String)> = alias_terms
                .iter()
                .zip(&entity_of)
                .filter_map(|(a, e)| match e {
                    Entity::Country(c) => Some((*c, fold_str(a))),
                    _ => None,
                })
                .collect();
            aliases
                .iter()
                .filter(|(c, a)| {
                    a.strip_suffix('s')
                        .is_some_and(|one| aliases.contains(&(*c, one.to_string())))
                })
                .map(|(_, a)| a.clone())
                .collect()
        };
        // the registry's names are many and some are common words ("The
        // Paper", "Daily News"): each capitalised word of one must be
        // capitalised in the text; curated names ("Time Magazine") match
        // "Time magazine" too
        entities.keep_later_caps(|i| registry_terms.contains(&i));

        // descriptors
        let mut desc_terms = Vec::new();
        let mut descriptor_of = Vec::new();
        let mut descriptor_origin = Vec::new();
        let mut descriptor_masthead = Vec::new();
        let mut title_full: HashMap<String, String> = HashMap::default();
        let mut compound_titles: HashMap<String, Vec<String>> = HashMap::default();
        // (`outlet_plural` rows: several outlets by a word no `-s` makes, "media")
        let mut listed_plurals: Vec<String> = Vec::new();
        let mut group_plurals: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
        let dpath = path("descriptors.csv");
        if let Some(t) = read_table(&dpath, &["phrase", "label"], &["value", "notes"], p) {
            let mut seen: HashMap<String, (String, u64)> = HashMap::default();
            for r in &t.rows {
                if !check_term(r.get(0), p, &dpath, r.line) {
                    continue;
                }
                match Descriptor::parse(r.get(1), r.get(2)) {
                    Ok(d) => {
                        let key = fold_str(r.get(0));
                        let sig = format!("{}={}", r.get(1), r.get(2));
                        if let Some((prev, l0)) = seen.get(&key) {
                            if *prev != sig {
                                p.error(
                                    &dpath,
                                    r.line,
                                    format!(
                                        "`{}` is already `{prev}` at line {l0}: conflicting labels",
                                        r.get(0)
                                    ),
                                );
                            } else {
                                p.warn(
                                    &dpath,
                                    r.line,
                                    format!("duplicate phrase `{}` (line {l0})", r.get(0)),
                                );
                            }
                            continue;
                        }
                        if d == (Descriptor::GovPerson { shared: false }) && !r.get(2).is_empty() {
                            if r.get(2).contains(' ') {
                                p.error(
                                    &dpath,
                                    r.line,
                                    format!(
                                        "the title `{}` stands for must be one word, not `{}`",
                                        r.get(0),
                                        r.get(2)
                                    ),
                                );
                                continue;
                            }
                            title_full.insert(key.clone(), fold_str(r.get(2)));
                        }
                        // (a two-word title is no other title of its head
                        // word, "the general" no attorney general, unless
                        // its value names that head word: a foreign
                        // minister is "the minister")
                        if let (Descriptor::GovPerson { .. }, Some((first, head))) =
                            (&d, key.split_once(' '))
                        {
                            if !head.contains(' ') && fold_str(r.get(2)) != head {
                                compound_titles
                                    .entry(head.to_string())
                                    .or_default()
                                    .push(first.to_string());
                            }
                        }
                        if r.get(1) == "unnamed" && r.get(2) == "group" {
                            group_plurals.insert(key.clone());
                        }
                        if r.get(1) == "outlet_plural" {
                            if key.contains(' ') {
                                p.error(
                                    &dpath,
                                    r.line,
                                    format!(
                                        "an outlet_plural must be one word, not `{}`",
                                        r.get(0)
                                    ),
                                );
                                continue;
                            }
                            listed_plurals.push(key.clone());
                        }
                        seen.insert(key, (sig, r.line));
                        desc_terms.push(r.get(0).to_string());
                        descriptor_of.push(d);
                        descriptor_origin.push(format!("descriptors.csv:{}", r.line));
                        descriptor_masthead.push(r.get(1) == "masthead");
                    }
                    Err(e) => p.error(&dpath, r.line, e),
                }
            }
            files.push(hash_table(&t));
        }
        let descriptors = PhraseMatcher::new(&desc_terms);
        // ("the Times", "the Post" in lower case: a masthead word names the
        // outlet the article names more fully, no listed "The Times")
        let masthead_words: rustc_hash::FxHashSet<String> = desc_terms
            .iter()
            .zip(&descriptor_masthead)
            .filter(|(_, &m)| m)
            .map(|(t, _)| fold_str(t))
            .collect();
        entities.keep_article_lower(|w| !masthead_words.contains(w));
        // (a partitive word, "number", "percent", or a state noun, "regime",
        // "troops", is no noun-phrase word to the attribution rules: only
        // the label reads it, in a mention)
        let descriptor_word: HashMap<String, usize> = desc_terms
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.contains(' ') && !t.ends_with('*'))
            .filter(|&(i, _)| {
                !descriptor_masthead[i]
                    && !matches!(
                        descriptor_of[i],
                        Descriptor::Partitive | Descriptor::StateNoun
                    )
            })
            .map(|(i, t)| (fold_str(t), i))
            .collect();
        // (a plural is the singular row's word with "s", or "ies" for "y")
        let outlet_word = |w: &str| {
            descriptor_word
                .get(w)
                .is_some_and(|&i| matches!(descriptor_of[i], Descriptor::OutletNoun(_)))
        };
        let plural_outlet_nouns: rustc_hash::FxHashSet<String> = descriptor_word
            .keys()
            .filter(|w| outlet_word(w))
            .filter(|w| {
                w.strip_suffix("ies")
                    .is_some_and(|stem| outlet_word(&format!("{stem}y")))
                    || w.strip_suffix('s').is_some_and(&outlet_word)
            })
            .cloned()
            .chain(listed_plurals)
            .collect();
        // every phrase (folded) and its row, for a phrase a rule builds
        // ("arab media" for "Arab newspapers")
        let descriptor_phrase: HashMap<String, usize> = desc_terms
            .iter()
            .enumerate()
            .filter(|(_, t)| t.contains(' ') && !t.ends_with('*'))
            .map(|(i, t)| (fold_str(t), i))
            .collect();

        // reporting cues
        let mut cues: HashMap<String, Vec<CueForm>> = HashMap::default();
        let vpath = path("reporting_verbs.csv");
        if let Some(t) = read_table(
            &vpath,
            &["lemma", "forms", "kind"],
            &["frame", "inverts", "notes", "not_before"],
            p,
        ) {
            let mut seen: HashMap<String, u64> = HashMap::default();
            for r in &t.rows {
                let kind = match r.get(2) {
                    "neutral" => CueKind::Neutral,
                    "distancing" => CueKind::Distancing,
                    "endorsing" => CueKind::Endorsing,
                    "cognition" => CueKind::Cognition,
                    "according" => CueKind::According,
                    other => {
                        p.error(&vpath, r.line, format!("unknown kind `{other}`; expected neutral, distancing, endorsing, cognition or according"));
                        continue;
                    }
                };
                let frame = match r.get(3) {
                    "" | "any" => Frame::Any,
                    "complement" => Frame::Complement,
                    "clause" => Frame::Clause,
                    "according" | "set_off" => Frame::According,
                    "object" => Frame::Object,
                    "intent" => Frame::Intent,
                    "findings" => Frame::Findings,
                    other => {
                        p.error(&vpath, r.line, format!("unknown frame `{other}`; expected any, complement, clause, findings, intent, object, according or set_off"));
                        continue;
                    }
                };
                let inverts = match r.get(4) {
                    "" | "no" => false,
                    "yes" => true,
                    other => {
                        p.error(
                            &vpath,
                            r.line,
                            format!("inverts must be yes or no, not `{other}`"),
                        );
                        continue;
                    }
                };
                let lemma = r.get(0);
                if lemma.is_empty() {
                    p.error(&vpath, r.line, "empty lemma");
                    continue;
                }
                let forms: Vec<&str> = split_list(r.get(1)).collect();
                if forms.is_empty() {
                    p.error(&vpath, r.line, "no forms");
                    continue;
                }
                let not_before: Vec<String> = split_list(r.get(6)).map(fold_str).collect();
                if let Some(w) = not_before
                    .iter()
                    .find(|w| w.split_whitespace().count() != 1)
                {
                    p.error(
                        &vpath,
                        r.line,
                        format!("not_before takes single words, not `{w}`"),
                    );
                    continue;
                }
                for f in forms {
                    if !check_term(f, p, &vpath, r.line) {
                        continue;
                    }
                    let folded = fold_str(f);
                    if let Some(l0) = seen.get(&folded) {
                        p.error(
                            &vpath,
                            r.line,
                            format!("form `{f}` already listed at line {l0}"),
                        );
                        continue;
                    }
                    seen.insert(folded.clone(), r.line);
                    let mut words = folded.split_whitespace().map(str::to_string);
                    let Some(first) = words.next() else { continue };
                    let rest: Vec<String> = words.collect();
                    let participle = rest.is_empty() && first.ends_with("ing");
                    cues.entry(first).or_default().push(CueForm {
                        rest,
                        lemma: lemma.to_string(),
                        kind,
                        frame,
                        participle,
                        origin: format!("reporting_verbs.csv:{}", r.line),
                        inverts,
                        not_before: not_before.clone(),
                        set_off: r.get(3) == "set_off",
                    });
                }
            }
            // longest forms first so "called for" wins over "called"
            for v in cues.values_mut() {
                v.sort_by_key(|f| std::cmp::Reverse(f.rest.len()));
            }
            files.push(hash_table(&t));
        }

        // grammar word classes
        let mut grammar: HashMap<String, class::Class> = HashMap::default();
        let wpath = path("grammar.csv");
        if let Some(t) = read_table(&wpath, &["word", "class"], &["notes"], p) {
            for r in &t.rows {
                let Some((_, bit)) = class::NAMES.iter().find(|(n, _)| *n == r.get(1)) else {
                    p.error(
                        &wpath,
                        r.line,
                        format!(
                            "unknown class `{}`; expected one of {}",
                            r.get(1),
                            class::NAMES.map(|(n, _)| n).join(", ")
                        ),
                    );
                    continue;
                };
                if r.get(0).is_empty() {
                    p.error(&wpath, r.line, "empty word");
                    continue;
                }
                *grammar.entry(fold_str(r.get(0))).or_default() |= bit;
            }
            files.push(hash_table(&t));
        }
        // given names, for the gender he / she must agree with
        let mut given_names: HashMap<String, class::Class> = HashMap::default();
        let gpath = path("given_names.csv");
        if gpath.exists() {
            if let Some(t) = read_table(&gpath, &["name", "gender"], &["notes"], p) {
                // name -> (gender class, line)
                let mut seen: HashMap<String, (class::Class, u64)> = HashMap::default();
                for r in &t.rows {
                    let name = r.get(0);
                    let bit = match class::of_gender(r.get(1)) {
                        Ok(bit) => bit,
                        Err(e) => {
                            p.error(&gpath, r.line, e);
                            continue;
                        }
                    };
                    if name.is_empty() || name.contains(char::is_whitespace) {
                        p.error(&gpath, r.line, "a given name is one word");
                        continue;
                    }
                    let key = fold_str(name);
                    if let Some(&(b0, l0)) = seen.get(&key) {
                        if b0 == bit {
                            p.warn(
                                &gpath,
                                r.line,
                                format!("duplicate name `{name}` (line {l0})"),
                            );
                        } else {
                            p.error(
                                &gpath,
                                r.line,
                                format!("`{name}` is given both genders (line {l0}); leave an ambiguous name out"),
                            );
                        }
                        continue;
                    }
                    seen.insert(key, (bit, r.line));
                }
                given_names = seen.into_iter().map(|(k, (b, _))| (k, b)).collect();
                files.push(hash_table(&t));
            }
        }

        // places within a country, which no name run of a person is
        let mut places: HashMap<String, (String, String)> = HashMap::default();
        let mut place_words = 0;
        let mut place_first: rustc_hash::FxHashSet<String> = Default::default();
        let mut place_abbrev: HashMap<String, String> = HashMap::default();
        let lpath = path("places.csv");
        if lpath.exists() {
            if let Some(t) = read_table(
                &lpath,
                &["place", "country"],
                &["aliases", "abbreviations", "notes"],
                p,
            ) {
                let mut seen: HashMap<String, u64> = HashMap::default();
                for r in &t.rows {
                    let (name, country) = (r.get(0), r.get(1));
                    if name.is_empty() {
                        p.error(&lpath, r.line, "empty place");
                        continue;
                    }
                    if !country_known(country, &countries) || country.is_empty() {
                        p.error(
                            &lpath,
                            r.line,
                            format!("unknown country `{country}` (countries.csv)"),
                        );
                        continue;
                    }
                    for alias in std::iter::once(name).chain(split_list(r.get(2))) {
                        let key = fold_str(alias)
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ");
                        if let Some(l0) = seen.insert(key.clone(), r.line) {
                            p.warn(
                                &lpath,
                                r.line,
                                format!("duplicate place `{alias}` (line {l0})"),
                            );
                            continue;
                        }
                        place_words = place_words.max(key.split(' ').count());
                        place_first.insert(key.split(' ').next().unwrap_or("").to_string());
                        places.insert(key, (name.to_string(), country.to_string()));
                    }
                    for abbrev in split_list(r.get(3)) {
                        let key = fold_str(abbrev.trim_end_matches('.'));
                        if key.is_empty() || key.contains(char::is_whitespace) {
                            p.error(
                                &lpath,
                                r.line,
                                format!("abbreviation `{abbrev}` is not one word"),
                            );
                            continue;
                        }
                        match place_abbrev.get(&key) {
                            Some(other) if other != name => p.warn(
                                &lpath,
                                r.line,
                                format!("abbreviation `{abbrev}` is already `{other}`'s; the first wins"),
                            ),
                            Some(_) => {}
                            None => {
                                place_abbrev.insert(key, name.to_string());
                            }
                        }
                    }
                }
                files.push(hash_table(&t));
            }
        }

        // people a surname alone names when the article names no fuller bearer
        let mut people: HashMap<String, Vec<(String, class::Class, bool)>> = HashMap::default();
        let mut person_place: HashMap<String, (String, String)> = HashMap::default();
        let mut person_alias: HashMap<String, String> = HashMap::default();
        let mut person_leads: HashMap<String, String> = HashMap::default();
        let mut person_office: HashMap<String, Vec<Office>> = HashMap::default();
        let ppath = path("people.csv");
        if ppath.exists() {
            if let Some(t) = read_table(
                &ppath,
                &["name", "surname", "gender"],
                &[
                    "default", "place", "party", "notes", "aliases", "leads", "office",
                ],
                p,
            ) {
                let mut seen: HashMap<String, u64> = HashMap::default();
                // (alias, name, line, surname key), checked once every name is known
                let mut aliases: Vec<(String, String, u64, String)> = Vec::new();
                for r in &t.rows {
                    let (name, surname) = (r.get(0).trim(), r.get(1).trim());
                    let bit = match class::of_gender(r.get(2)) {
                        Ok(bit) => bit,
                        Err(e) => {
                            p.error(&ppath, r.line, e);
                            continue;
                        }
                    };
                    let key = fold_str(surname);
                    let of_name = fold_str(name)
                        .split(|c: char| c.is_whitespace())
                        .any(|w| w == key);
                    if surname.is_empty() || surname.contains(char::is_whitespace) || !of_name {
                        p.error(
                            &ppath,
                            r.line,
                            format!("the surname `{surname}` is not one word of the name `{name}`"),
                        );
                        continue;
                    }
                    let default = match r.get(3) {
                        "" => false,
                        "yes" => true,
                        d => {
                            p.error(
                                &ppath,
                                r.line,
                                format!("default is `yes` or empty, not `{d}`"),
                            );
                            continue;
                        }
                    };
                    if let Some(l0) = seen.insert(fold_str(name), r.line) {
                        p.warn(
                            &ppath,
                            r.line,
                            format!("duplicate name `{name}` (line {l0})"),
                        );
                        continue;
                    }
                    let bearers = people.entry(key.clone()).or_default();
                    if default {
                        if let Some((other, ..)) = bearers.iter().find(|b| b.2) {
                            p.error(
                                &ppath,
                                r.line,
                                format!(
                                    "`{other}` is already the default of the surname `{surname}`"
                                ),
                            );
                            continue;
                        }
                    }
                    bearers.push((name.to_string(), bit, default));
                    // the place a politician represents or governs, and their party
                    let (place, party) = (r.get(4).trim(), r.get(5).trim());
                    if !place.is_empty() {
                        if places.values().any(|(pl, _)| pl == place) {
                            person_place
                                .insert(name.to_string(), (place.to_string(), fold_str(party)));
                        } else {
                            p.error(
                                &ppath,
                                r.line,
                                format!("unknown place `{place}` (places.csv)"),
                            );
                        }
                    } else if !party.is_empty() {
                        p.warn(&ppath, r.line, "a party without a place is not read");
                    }
                    // the country whose government the person heads or headed
                    let leads = r.get(8).trim();
                    if !leads.is_empty() {
                        if countries.iter().any(|c| c.name == leads) {
                            person_leads.insert(name.to_string(), leads.to_string());
                        } else {
                            p.error(
                                &ppath,
                                r.line,
                                format!("unknown country `{leads}` (countries.csv)"),
                            );
                        }
                    }
                    // the years the person speaks for a government
                    for o in split_list(r.get(9)) {
                        match Office::parse(o) {
                            Ok(office) if countries.iter().any(|c| c.name == office.country) => {
                                person_office
                                    .entry(name.to_string())
                                    .or_default()
                                    .push(office);
                            }
                            Ok(office) => p.error(
                                &ppath,
                                r.line,
                                format!("unknown country `{}` (countries.csv)", office.country),
                            ),
                            Err(e) => p.error(&ppath, r.line, e),
                        }
                    }
                    for a in split_list(r.get(7)) {
                        if a.split_whitespace().count() < 2 {
                            p.error(
                                &ppath,
                                r.line,
                                format!("alias `{a}` is not a full name (two words or more)"),
                            );
                            continue;
                        }
                        aliases.push((a.to_string(), name.to_string(), r.line, key.clone()));
                    }
                }
                for (alias, name, line, surname) in aliases {
                    // the surname as an alias styles it with a particle
                    // ("Bashar al-Assad", "Mohammed Shia al-Sudani"), or
                    // spells it otherwise after the same given names
                    // ("Ebrahim Raeisi" for "Ebrahim Raisi"): that word
                    // alone names the person too ("Al-Sudani told",
                    // "Raeisi said")
                    let styled = fold_str(alias.split_whitespace().last().unwrap_or(""));
                    let given = |n: &str| n.rsplit_once(' ').map(|(g, _)| fold_str(g));
                    let particle = styled.contains('-') && styled.ends_with(&format!("-{surname}"));
                    if styled != surname && (particle || given(&alias) == given(&name)) {
                        let bearer = people
                            .get(&surname)
                            .and_then(|b| b.iter().find(|b| b.0 == name).cloned());
                        if let Some(bearer) = bearer {
                            let list = people.entry(styled).or_default();
                            if !list.iter().any(|b| b.0 == bearer.0) {
                                list.push(bearer);
                            }
                        }
                    }
                    let key = fold_str(&alias);
                    if let Some(l0) = seen.get(&key) {
                        p.error(
                            &ppath,
                            line,
                            format!("alias `{alias}` is the name of line {l0}"),
                        );
                    } else if let Some(other) = person_alias.get(&key) {
                        if *other != name {
                            p.error(
                                &ppath,
                                line,
                                format!("alias `{alias}` is already an alias of `{other}`"),
                            );
                        }
                    } else {
                        // (an alias as written holds the person's offices
                        // too, so that `in_office` asks one map)
                        if let Some(offices) = person_office.get(&name) {
                            person_office.insert(alias.clone(), offices.clone());
                        }
                        person_alias.insert(key, name);
                    }
                }
                files.push(hash_table(&t));
            }
        }

        let people_gender: HashMap<String, class::Class> = people
            .values()
            .flatten()
            .map(|(name, g, _)| (name.clone(), *g))
            .collect();

        // segmentation
        let mut segment = HashMap::default();
        let spath = path("segment.csv");
        if let Some(t) = read_table(&spath, &["term", "kind"], &["notes"], p) {
            for r in &t.rows {
                let kind = match r.get(1) {
                    "title" => SegKind::Title,
                    "abbrev" => SegKind::Abbrev,
                    "starter" => SegKind::Starter,
                    "number" => SegKind::Number,
                    other => {
                        p.error(
                            &spath,
                            r.line,
                            format!(
                                "unknown kind `{other}`; expected title, abbrev, number or starter"
                            ),
                        );
                        continue;
                    }
                };
                let term = fold_str(r.get(0).trim_end_matches('.'));
                if term.is_empty() {
                    p.error(&spath, r.line, "empty term");
                    continue;
                }
                segment.insert(term, kind);
            }
            files.push(hash_table(&t));
        }

        // junk
        let mut junk_terms = Vec::new();
        let mut junk_kind = Vec::new();
        let jpath = path("junk.csv");
        if let Some(t) = read_table(&jpath, &["pattern", "kind"], &["notes"], p) {
            for r in &t.rows {
                let kind = match r.get(1) {
                    "phrase" => JunkKind::Phrase,
                    "code" => JunkKind::Code,
                    "weak" => JunkKind::Weak,
                    "always" => JunkKind::Always,
                    "gallery" => JunkKind::Gallery,
                    other => {
                        p.error(
                            &jpath,
                            r.line,
                            format!(
                                "unknown kind `{other}`; expected phrase, weak, always, gallery or code"
                            ),
                        );
                        continue;
                    }
                };
                if r.get(0).is_empty() {
                    p.error(&jpath, r.line, "empty pattern");
                    continue;
                }
                junk_terms.push(r.get(0).to_string());
                junk_kind.push(kind);
            }
            files.push(hash_table(&t));
        }
        let junk = PhraseMatcher::new(&junk_terms);

        // settings
        let mut settings = Settings::default();
        let stpath = path("settings.csv");
        if stpath.exists() {
            if let Some(t) = read_table(&stpath, &["key", "value"], &["notes"], p) {
                for r in &t.rows {
                    let v = r.get(1);
                    let bad = |p: &mut Problems, what: &str| {
                        p.error(
                            &stpath,
                            r.line,
                            format!("`{}` must be {what}, not `{v}`", r.get(0)),
                        )
                    };
                    match r.get(0) {
                        "junk_max_words" => match v.parse() {
                            Ok(x) => settings.junk_max_words = x,
                            Err(_) => bad(p, "a whole number"),
                        },
                        "junk_always_max_words" => match v.parse() {
                            Ok(x) => settings.junk_always_max_words = x,
                            Err(_) => bad(p, "a whole number"),
                        },
                        "max_mention_tokens" => match v.parse() {
                            Ok(x) if x > 0 => settings.max_mention_tokens = x,
                            _ => bad(p, "a whole number above 0"),
                        },
                        "quote_verb_window" => match v.parse() {
                            Ok(x) => settings.quote_verb_window = x,
                            Err(_) => bad(p, "a whole number"),
                        },
                        "bare_clause_words" => match v.parse() {
                            Ok(x) => settings.bare_clause_words = x,
                            Err(_) => bad(p, "a whole number"),
                        },
                        "junk_code_ratio" => match v.parse::<f64>() {
                            Ok(x) if (0.0..=1.0).contains(&x) => settings.junk_code_ratio = x,
                            _ => bad(p, "a number from 0 to 1"),
                        },
                        "direct_quote_share" => match v.parse::<f64>() {
                            Ok(x) if (0.0..=1.0).contains(&x) => settings.direct_quote_share = x,
                            _ => bad(p, "a number from 0 to 1"),
                        },
                        k if crate::score::ScoringLexicons::is_setting(k) => {}
                        other => p.error(&stpath, r.line, format!("unknown setting `{other}`")),
                    }
                }
                files.push(hash_table(&t));
            }
        }

        let mut scoring = crate::score::ScoringLexicons::load(dir, p, &mut files);
        // `slant score` learns from its hedge scan whether a distancing cue
        // may be there, before it runs attribution for one
        scoring.scan_distancing_words(&distancing_cue_words(&cues));
        let (mut entities, mut descriptors, mut junk) = (entities, descriptors, junk);
        let union = {
            let s = &mut scoring;
            let mut ms: Vec<&mut PhraseMatcher> = vec![
                &mut entities,
                &mut descriptors,
                &mut junk,
                &mut s.targets,
                &mut s.topics,
            ];
            ms.extend(s.hedges.terms.matcher.as_mut());
            ms.extend(s.boosters.matcher.as_mut());
            UnionMatcher::new(&mut ms)
        };

        let relaying = relaying_forms(&cues, &grammar);
        Some(Lexicons {
            dir: dir.to_path_buf(),
            files,
            outlets,
            orgs,
            countries,
            entities,
            entity_of,
            entity_origin,
            descriptors,
            descriptor_of,
            descriptor_origin,
            descriptor_masthead,
            masthead_words,
            descriptor_word,
            title_full,
            compound_titles,
            plural_outlet_nouns,
            group_plurals,
            descriptor_phrase,
            cues,
            relaying,
            grammar,
            given_names,
            people,
            people_gender,
            person_alias,
            person_place,
            person_leads,
            person_office,
            places,
            place_words,
            place_first,
            place_abbrev,
            demonym_plurals,
            segment,
            junk,
            junk_kind,
            settings,
            scoring,
            union,
            warnings: Vec::new(),
        })
    }

    /// Scan a folded article once for every matcher of the union.
    pub fn scan(&self, folded: &mut crate::text::Folded) {
        self.union.scan(folded);
    }

    /// The word classes of `grammar.csv` of a folded word (0 when unknown), without the
    /// side classes (`label`, `evidence`): such a word ("Watch", "results")
    /// is an ordinary word to every rule but its own, which asks
    /// [`Self::has_side_class`].
    #[inline]
    pub fn class(&self, word: &str) -> class::Class {
        self.grammar.get(word).copied().unwrap_or(0) & !class::SIDE
    }

    /// Whether a folded word has the side class `c` (`class::LABEL`: a page
    /// or section label, "photos"; `class::EVIDENCE`: a noun whose findings
    /// a complement verb reports without "that", "poll", "records").
    pub fn has_side_class(&self, word: &str, c: class::Class) -> bool {
        self.grammar.get(word).is_some_and(|w| w & c != 0)
    }

    /// The gender class of a folded word of `grammar.csv`
    /// (`class::MASCULINE`, `class::FEMININE`, or 0 when it has none or
    /// both): "he", "mrs.", "congresswoman".
    #[inline]
    pub fn gender(&self, word: &str) -> class::Class {
        class::one_gender(self.grammar.get(word).copied().unwrap_or(0))
    }

    /// A sentence starter of `segment.csv` with no grammar class ("There"):
    /// a word that opens sentences and names no one.
    pub fn plain_starter(&self, word: &str) -> bool {
        self.class(word) == 0 && self.segment.get(word) == Some(&SegKind::Starter)
    }

    /// Whether the folded words `participle` and `prep` relay another's
    /// words with their agent after them: a form of a relaying verb
    /// ([`Lexicons::relaying`]) and an `author_prep` of grammar.csv ("quoted
    /// by", "cited by").
    pub fn relays_by(&self, participle: &str, prep: &str) -> bool {
        self.relaying.contains(participle) && self.has_side_class(prep, class::AUTHOR_PREP)
    }

    /// Whether the folded words `first` and `head` make a government title
    /// of two words ("attorney general").
    pub fn compound_title(&self, first: &str, head: &str) -> bool {
        self.compound_titles
            .get(head)
            .is_some_and(|firsts| firsts.iter().any(|f| f == first))
    }

    /// A title word as it is written out: the title an abbreviation of
    /// `descriptors.csv` stands for ("gov." → "governor"), else the word.
    pub fn title_key<'a>(&'a self, word: &'a str) -> &'a str {
        self.title_full.get(word).map_or(word, String::as_str)
    }

    /// Whether the person listed as `name` in `people.csv` holds an office
    /// of a government in `year` (the article's), or, for an undated
    /// article, holds one still (an office with no last year).
    /// A name written as one of the person's `aliases` counts too.
    pub fn in_office(&self, name: &str, year: Option<u16>) -> bool {
        self.person_office.get(name).is_some_and(|os| {
            os.iter().any(|o| match year {
                Some(y) => o.from <= y && o.to.is_none_or(|t| y <= t),
                None => o.to.is_none(),
            })
        })
    }

    /// What a folded single-word descriptor (`descriptors.csv`) says, if the
    /// word is one.
    pub fn descriptor(&self, word: &str) -> Option<&Descriptor> {
        self.descriptor_word
            .get(word)
            .map(|&i| &self.descriptor_of[i])
    }

    /// The descriptor of a phrase of several folded words ("arab media").
    pub fn descriptor_of_phrase(&self, phrase: &str) -> Option<&Descriptor> {
        self.descriptor_phrase
            .get(phrase)
            .map(|&i| &self.descriptor_of[i])
    }

    /// The place (`places.csv`) tokens `toks` of `folded` name, with its
    /// country: "New York", "new hampshire".
    pub fn place(
        &self,
        folded: &crate::text::Folded,
        toks: &[crate::text::Token],
    ) -> Option<&(String, String)> {
        if toks.is_empty()
            || toks.len() > self.place_words
            || !self.place_first.contains(toks[0].norm(folded))
        {
            return None;
        }
        let mut key = String::with_capacity(24);
        for (i, t) in toks.iter().enumerate() {
            if !t.is_word() {
                return None;
            }
            if i > 0 {
                key.push(' ');
            }
            key.push_str(t.norm(folded));
        }
        self.places.get(&key)
    }

    /// The person of `people.csv` a folded surname alone names for a
    /// mention of gender class `gender` (0: not known): the one listed
    /// bearer whose gender agrees, else the surname's default when it
    /// agrees; with its gender class.
    pub fn listed_person(
        &self,
        surname: &str,
        gender: class::Class,
    ) -> Option<(&str, class::Class)> {
        let bearers = self.people.get(surname)?;
        let agrees =
            |b: &&(String, class::Class, bool)| gender == 0 || b.1 == 0 || b.1 & gender != 0;
        let mut agreeing = bearers.iter().filter(agrees);
        let one = match (agreeing.next(), agreeing.next()) {
            (Some(b), None) => Some(b),
            _ => None,
        };
        one.or_else(|| bearers.iter().filter(agrees).find(|b| b.2))
            .map(|b| (b.0.as_str(), b.1))
    }

    /// The gender class of a folded given name (`given_names.csv`), 0 when
    /// not listed.
    #[inline]
    pub fn given_name_gender(&self, word: &str) -> class::Class {
        self.given_names.get(word).copied().unwrap_or(0)
    }

    /// The same for the first word of a name as written ("Maryam Karimi"),
    /// folded without allocating when it is short plain ASCII; a person of
    /// `people.csv`, named as listed, has the gender listed there.
    pub fn first_name_gender(&self, name: &str) -> class::Class {
        if let Some(&g) = self.people_gender.get(name) {
            return g;
        }
        // (past initials: "G. William Hoagland" is a William)
        let first = name
            .split(' ')
            .find(|w| w.trim_end_matches('.').chars().count() > 1)
            .unwrap_or("");
        let mut buf = [0u8; 24];
        if first.is_ascii() && first.len() <= buf.len() {
            for (b, c) in buf.iter_mut().zip(first.bytes()) {
                *b = crate::text::fold_ascii(c);
            }
            match std::str::from_utf8(&buf[..first.len()]) {
                Ok(w) => self.given_name_gender(w),
                Err(_) => 0,
            }
        } else {
            self.given_name_gender(&fold_str(first))
        }
    }

    /// The canonical name for an entity.
    pub fn entity_name(&self, e: Entity) -> &str {
        match e {
            Entity::Outlet(i) => &self.outlets[i].name,
            Entity::Org(i) => &self.orgs[i].name,
            Entity::Country(i) => &self.countries[i].name,
        }
    }

    /// Canonical source name for any alias (for evaluation), folded.
    pub fn canonical(&self, name: &str) -> String {
        let f = crate::text::Folded::new(name);
        let mut hits = Vec::new();
        self.entities.find(name, &f, 0..f.text.len(), &mut hits);
        if let [h] = hits.as_slice() {
            if h.start == 0 && h.end == name.len() {
                return fold_str(self.entity_name(self.entity_of[h.term]));
            }
        }
        fold_str(name.trim())
    }

    /// The country record by canonical name.
    pub fn country(&self, name: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.name == name)
    }

    /// The first words of the distancing cue forms, which `slant score`'s
    /// hedge scan looks for before it runs attribution.
    pub fn distancing_cue_words(&self) -> Vec<&str> {
        distancing_cue_words(&self.cues)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_office_is_a_country_and_its_years() {
        let o = |s: &str| Office::parse(s);
        assert_eq!(
            o("Iran 2024-"),
            Ok(Office {
                country: "Iran".into(),
                from: 2024,
                to: None
            })
        );
        assert_eq!(
            o("United States 2017-2021"),
            Ok(Office {
                country: "United States".into(),
                from: 2017,
                to: Some(2021)
            })
        );
        assert!(o("Iran").is_err());
        assert!(o("Iran 2024").is_err());
        assert!(o("Iran 2021-2019").is_err());
        assert!(o("Iran 24-").is_err());
    }

    #[test]
    fn a_wildcard_needs_three_letters_unless_it_ends_a_compound() {
        let ok = |term: &str| {
            let mut p = Problems::default();
            check_term(term, &mut p, Path::new("targets.csv"), 1) && p.list.is_empty()
        };
        assert!(ok("appear*"));
        assert!(!ok("ap*"));
        // "US-*" matches only compounds of US ("US-led"), not any word
        assert!(ok("US-*"));
        assert!(ok("U.S.-*"));
        assert!(!ok("U-*"));
    }

    /// The manifest's digest is SHA-256 of the bytes as read (FIPS 180-2's
    /// "abc" vector), computed once on demand.
    #[test]
    fn a_lexicon_file_hashes_the_bytes_it_was_read_from() {
        let t = table::Table {
            path: PathBuf::from("dir/hedges.csv"),
            rows: Vec::new(),
            bytes: std::sync::Arc::from(&b"abc"[..]),
        };
        let f = hash_table(&t);
        assert_eq!(f.name, "hedges.csv");
        // a clone made before the first call, with the table gone, hashes
        // the same bytes
        let g = f.clone();
        drop(t);
        let want = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(g.sha256(), want);
        assert_eq!(f.sha256(), want);
        assert_eq!(f.sha256(), want, "the second call reads the stored digest");
    }
}
