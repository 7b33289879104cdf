/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* The tips shown under the results: a GListModel of PsTipItem.
 *
 * PLACEHOLDER: the tips engine (quantified optimisation tips) is written
 * in another branch. Until it lands this returns an empty list and the
 * window hides its Tips section. Wire the engine in here and only here:
 * one PsTipItem per tip, with the engine's own figures (never invent one). */
GListModel *ps_tips_for_comparison (const PsParams     *params,
                                    const PsComparison *comparison);

G_END_DECLS
