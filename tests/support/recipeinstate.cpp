#include "tests/support/recipeinstate.h"

DeploymentRecipe recipeInState(const QString &name, const QString &state, int replicas, int maxReplicas, const QString &shape)
{
    DeploymentRecipe recipe;
    recipe.name = name;
    recipe.state = state;
    recipe.minReplicas = replicas;
    recipe.maxReplicas = maxReplicas;
    recipe.shape = shape;
    return recipe;
}
