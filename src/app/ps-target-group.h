/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-comparison.h"
#include "ps-period.h"

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
/* The period the net wanted is typed over (the results'): the typed
 * target is shown over it, the same net, and the answers stay. */
void        ps_target_group_set_period (PsTargetGroup    *self,
                                        PsPeriod          period);
PsPeriod    ps_target_group_get_period (PsTargetGroup    *self);
/* The entry's title ("Net wanted per year, after income tax"). */
const char *ps_target_group_get_title  (PsTargetGroup    *self);
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
