//! Generator objects: a suspended frame plus its state.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::frame::SuspendedFrame;
use crate::value::StrObj;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GeneratorObj {
    pub frame: RefCell<Option<SuspendedFrame>>,
    pub state: Cell<GenState>,
    pub name: Rc<StrObj>,
    pub qualname: Rc<StrObj>,
}
