/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* One tip of the tips list: what to do, and what it gains per month. */
#define PS_TYPE_TIP_ITEM (ps_tip_item_get_type ())

G_DECLARE_FINAL_TYPE (PsTipItem, ps_tip_item, PS, TIP_ITEM, GObject)

PsTipItem      *ps_tip_item_new              (const char *title,
                                     const char *description,
                                     double      gain_monthly);
/* A tip of @status; @plan: the status's combined plan, not one tip */
PsTipItem      *ps_tip_item_new_for_status   (PsStatus    status,
                                              gboolean    plan,
                                              const char *title,
                                              const char *description,
                                              double      gain_monthly);
PsStatus    ps_tip_item_get_status       (PsTipItem      *self);
gboolean    ps_tip_item_get_plan         (PsTipItem      *self);
const char *ps_tip_item_get_title        (PsTipItem      *self);
const char *ps_tip_item_get_description  (PsTipItem      *self);
double      ps_tip_item_get_gain_monthly (PsTipItem      *self);

G_END_DECLS
