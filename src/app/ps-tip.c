/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-tip"

#include "config.h"

#include "ps-tip.h"

struct _PsTip
{
  GObject parent_instance;

  char   *title;
  char   *description;
  double  gain_monthly;
};

G_DEFINE_FINAL_TYPE (PsTip, ps_tip, G_TYPE_OBJECT)

PsTip *
ps_tip_new (const char *title,
            const char *description,
            double      gain_monthly)
{
  PsTip *self = g_object_new (PS_TYPE_TIP, NULL);

  self->title = g_strdup (title);
  self->description = g_strdup (description);
  self->gain_monthly = gain_monthly;
  return self;
}

const char *
ps_tip_get_title (PsTip *self)
{
  g_return_val_if_fail (PS_IS_TIP (self), NULL);
  return self->title;
}

const char *
ps_tip_get_description (PsTip *self)
{
  g_return_val_if_fail (PS_IS_TIP (self), NULL);
  return self->description;
}

double
ps_tip_get_gain_monthly (PsTip *self)
{
  g_return_val_if_fail (PS_IS_TIP (self), 0);
  return self->gain_monthly;
}

static void
ps_tip_finalize (GObject *object)
{
  PsTip *self = PS_TIP (object);

  g_free (self->title);
  g_free (self->description);
  G_OBJECT_CLASS (ps_tip_parent_class)->finalize (object);
}

static void
ps_tip_class_init (PsTipClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ps_tip_finalize;
}

static void
ps_tip_init (PsTip *self)
{
}
