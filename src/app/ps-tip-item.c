/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-tip"

#include "config.h"

#include "ps-tip-item.h"

struct _PsTipItem
{
  GObject parent_instance;

  char     *title;
  char     *description;
  double    gain_monthly;
  PsStatus  status;
  gboolean  plan;
};

G_DEFINE_FINAL_TYPE (PsTipItem, ps_tip_item, G_TYPE_OBJECT)

PsTipItem *
ps_tip_item_new (const char *title,
            const char *description,
            double      gain_monthly)
{
  PsTipItem *self = g_object_new (PS_TYPE_TIP_ITEM, NULL);

  self->title = g_strdup (title);
  self->description = g_strdup (description);
  self->gain_monthly = gain_monthly;
  return self;
}

PsTipItem *
ps_tip_item_new_for_status (PsStatus    status,
                            gboolean    plan,
                            const char *title,
                            const char *description,
                            double      gain_monthly)
{
  PsTipItem *self = ps_tip_item_new (title, description, gain_monthly);

  self->status = status;
  self->plan = plan;
  return self;
}

PsStatus
ps_tip_item_get_status (PsTipItem *self)
{
  g_return_val_if_fail (PS_IS_TIP_ITEM (self), PS_STATUS_PORTAGE);
  return self->status;
}

gboolean
ps_tip_item_get_plan (PsTipItem *self)
{
  g_return_val_if_fail (PS_IS_TIP_ITEM (self), FALSE);
  return self->plan;
}

const char *
ps_tip_item_get_title (PsTipItem *self)
{
  g_return_val_if_fail (PS_IS_TIP_ITEM (self), NULL);
  return self->title;
}

const char *
ps_tip_item_get_description (PsTipItem *self)
{
  g_return_val_if_fail (PS_IS_TIP_ITEM (self), NULL);
  return self->description;
}

double
ps_tip_item_get_gain_monthly (PsTipItem *self)
{
  g_return_val_if_fail (PS_IS_TIP_ITEM (self), 0);
  return self->gain_monthly;
}

static void
ps_tip_item_finalize (GObject *object)
{
  PsTipItem *self = PS_TIP_ITEM (object);

  g_free (self->title);
  g_free (self->description);
  G_OBJECT_CLASS (ps_tip_item_parent_class)->finalize (object);
}

static void
ps_tip_item_class_init (PsTipItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ps_tip_item_finalize;
}

static void
ps_tip_item_init (PsTipItem *self)
{
}
