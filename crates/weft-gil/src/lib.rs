//! weft-gil
