//! weft-compiler
