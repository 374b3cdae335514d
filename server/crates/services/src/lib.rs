//! placeholder while the tree is assembled
