//! Library errors. Every message names the file, and the line or record
//! where there is one.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Lexicon(#[from] crate::lexicon::LexiconError),
    /// Its message holds the I/O error's, so the error is not also its
    /// `source()` (a chain printed with `{:#}` would say it twice).
    #[error("{path}: {error}")]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Data {
        path: PathBuf,
        line: u64,
        message: String,
    },
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            error: source,
        }
    }

    /// An error reading line `line` of `path` as text: a line that is not
    /// UTF-8, or too long to hold ([`crate::ingest::capped_lines`]), is
    /// named by its number, other I/O errors by the file.
    pub fn line_read(path: impl Into<PathBuf>, line: u64, source: std::io::Error) -> Error {
        let message = match source.kind() {
            std::io::ErrorKind::InvalidData => "not valid UTF-8".into(),
            std::io::ErrorKind::FileTooLarge => source.to_string(),
            _ => return Error::io(path, source),
        };
        Error::Data {
            path: path.into(),
            line,
            message,
        }
    }
}
