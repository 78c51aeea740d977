//! weft-syntax
