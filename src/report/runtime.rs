//! What a container did to its image, version by version: a version of the container's own
//! layers is `added` or `changed`, an image version they hid is `deleted` or `changed`, and what
//! the engine wrote when it made the container (Docker's init layer) is `engine`. One reckoning
//! for finding locations and the file inventory, so every format says the same.

use std::collections::HashSet;
use std::sync::Arc;

use crate::analysis::ImageView;
use crate::evidence::store::{ContainerFacts, Shape};
use crate::layers::entry::EntryKind;
use crate::overlay::{State, Version};
use crate::report::RuntimeChange;

pub struct Runtime<'v> {
    container: &'v ContainerFacts,
    /// The paths of the image the container was made from.
    in_image: HashSet<Arc<[u8]>>,
    /// The paths whose init-layer version the engine wrote.
    engine: HashSet<Arc<[u8]>>,
}

impl<'v> Runtime<'v> {
    /// None for an image that is no container.
    pub fn of(view: &'v ImageView) -> Option<Runtime<'v>> {
        let container = view.image.container.as_deref()?;
        let overlay = &view.overlay;
        let in_image = overlay.versions().filter(|v| v.layer < container.own_layers_from).map(|v| v.path).collect();
        let engine = overlay.versions().filter(|v| container.engine_made(v.layer, &v.path, shape(v))).map(|v| v.path).collect();
        Some(Runtime { container, in_image, engine })
    }

    /// The change that the version of `path` in `layer` is, or that hid it (`hidden_by`: the
    /// layer that first hid it; `state`: how it ends); None for an image version left alone.
    pub fn change(&self, path: &[u8], layer: usize, state: State, hidden_by: Option<usize>) -> Option<RuntimeChange> {
        let own_from = self.container.own_layers_from;
        let by_engine = |layer: usize| self.container.init_layer == Some(layer) && self.engine.contains(path);
        if layer >= own_from {
            return Some(if by_engine(layer) {
                RuntimeChange::Engine
            } else if self.in_image.contains(path) {
                RuntimeChange::Changed
            } else {
                RuntimeChange::Added
            });
        }
        let hider = hidden_by.filter(|hider| *hider >= own_from)?;
        Some(if by_engine(hider) {
            RuntimeChange::Engine
        } else if state == State::Deleted {
            RuntimeChange::Deleted
        } else {
            RuntimeChange::Changed
        })
    }
}

fn shape(version: &Version) -> Shape<'_> {
    match version.meta.kind {
        EntryKind::Dir => Shape::Dir,
        EntryKind::File => Shape::File { size: version.meta.size },
        EntryKind::Symlink => Shape::Symlink(version.link.as_deref().unwrap_or_default()),
        _ => Shape::Other,
    }
}
