// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cmark-gfm.h>
#include <cstring>

// Small helpers on cmark-gfm's nodes and UTF-8 bytes. Private to the Markdown import.
namespace hindsight::importing::mdimport::detail {

inline bool isType(cmark_node *node, const char *name)
{
    return node && std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

inline QByteArrayView trimmed(QByteArrayView bytes)
{
    qsizetype from = 0;
    qsizetype to = bytes.size();
    while (from < to && isSpace(bytes[from]))
        ++from;
    while (to > from && isSpace(bytes[to - 1]))
        --to;
    return bytes.sliced(from, to - from);
}

// Calls visit for node and every node below it, parents first, without allocating: readers
// call this for every cell of a long table.
template <typename Visit>
void visitAll(cmark_node *root, Visit visit)
{
    cmark_node *node = root;
    while (node) {
        visit(node);
        if (cmark_node *child = cmark_node_first_child(node)) {
            node = child;
            continue;
        }
        while (node != root && !cmark_node_next(node))
            node = cmark_node_parent(node);
        node = node == root ? nullptr : cmark_node_next(node);
    }
}

} // namespace hindsight::importing::mdimport::detail
