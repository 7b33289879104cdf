/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* A status's figures as a flow, from what the client pays (CDI: what the
 * employer spends) down to the net after income tax, in the order the
 * money goes: each step is taken off or added to the figure above it, and
 * each result is what is left. Worked out here so that the window only
 * writes the lines. */
typedef enum
{
  PS_FLOW_START,     /* the first figure */
  PS_FLOW_SUBTRACT,  /* taken off the running figure */
  PS_FLOW_ADD,       /* added to it */
  PS_FLOW_RESULT,    /* what is left: the running figure, the engine's own */
} PsFlowKind;

typedef struct
{
  const char *id;       /* "revenue", "fee", "employer", "gross", … */
  const char *label;    /* untranslated (N_) */
  const char *tooltip;  /* untranslated (N_), or NULL */
  PsFlowKind  kind;
  int         level;    /* 0; 1: a detail of the level-0 step above it (what a
                         * salary's cost is made of), a flow of its own from
                         * that step's amount */
  double      yearly;   /* ≥ 0 but for a loss; the kind says its sign */
  double      monthly;  /* yearly / 12 */
} PsFlowStep;

#define PS_MAX_FLOW_STEPS 32

typedef struct
{
  PsStatus   status;
  int        n_steps;
  PsFlowStep steps[PS_MAX_FLOW_STEPS];
} PsStatusFlow;

void              ps_status_flow      (const PsComparison *comparison,
                                       PsStatus            status,
                                       PsStatusFlow       *out);
/* The step @id of @flow, or NULL. */
const PsFlowStep *ps_status_flow_find (const PsStatusFlow *flow,
                                       const char         *id);
/* −1 for a step taken off, +1 for one added, 0 for a figure (the start, a
 * result). */
int               ps_flow_step_sign   (const PsFlowStep   *step);

G_END_DECLS
