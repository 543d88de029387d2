//! The evidence as given: files found and recognised by content, hashed as received (input),
//! the outer tar indexed (archive) and read as Go reads it (tarstream), and engine stores read
//! in place (store).

pub mod archive;
pub mod input;
pub mod store;
pub mod tarstream;
