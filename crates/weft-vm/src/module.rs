//! Module objects: a name and a namespace dict.

use std::rc::Rc;

use crate::dict::DictObj;

pub struct ModuleObj {
    pub name: String,
    pub dict: Rc<DictObj>,
}
