// SPDX-License-Identifier: MIT
#include "app/model/modelset.h"

#include "app/model/comparemodel.h"
#include "app/model/depthmodel.h"
#include "app/model/explorermodel.h"
#include "app/model/initmodel.h"
#include "app/model/racemodel.h"
#include "app/model/softmaxmodel.h"
#include "app/model/sparsitymodel.h"
#include "app/model/trainmodel.h"

ModelSet ModelSet::around(ExplorerModel* explorer, QObject* owner)
{
    LabState* state = explorer->state();
    return {state, explorer, new SoftmaxModel(state, owner), new DepthModel(state, owner), new CompareModel(state, owner),
            new SparsityModel(state, owner), new InitModel(state, owner), new TrainModel(state, owner),
            new RaceModel(state, owner)};
}
