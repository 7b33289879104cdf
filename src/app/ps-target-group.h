/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* "What day rate for this net?": the user types the net after income tax
 * they want per month; each status answers with the lowest day rate at
 * which it can be used and leaves that much (the engine's
 * ps_breakeven_target), or why none does. */
#define PS_TYPE_TARGET_GROUP (ps_target_group_get_type ())

G_DECLARE_FINAL_TYPE (PsTargetGroup, ps_target_group, PS, TARGET_GROUP, GtkWidget)

GtkWidget  *ps_target_group_new        (void);
/* The inputs the answers are for (copied); recomputes when a target is typed. */
void        ps_target_group_update     (PsTargetGroup    *self,
                                        const PsParams   *params,
                                        const PsScenario *scenario);
void        ps_target_group_set_target (PsTargetGroup    *self,
                                        const char       *text);
/* The answer shown for @status ("" while no target is typed). */
const char *ps_target_group_get_answer (PsTargetGroup    *self,
                                        PsStatus          status);
/* The field the net is typed in. */
GtkEditable *ps_target_group_get_entry (PsTargetGroup    *self);
/* The message under the field when the text typed can't be read, or NULL. */
const char *ps_target_group_get_error  (PsTargetGroup    *self);

G_END_DECLS
