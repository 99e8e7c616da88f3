//! The reader: a thin terminal front end over the core, in the Elm style. Terminal events
//! become actions (`keymap`), `App::update` changes state, `ui` draws it without changing it.

pub mod action;
pub mod keymap;
