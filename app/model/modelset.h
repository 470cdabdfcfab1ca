// SPDX-License-Identifier: MIT
#pragma once

class CompareModel;
class DepthModel;
class ExplorerModel;
class InitModel;
class LabState;
class SoftmaxModel;
class SparsityModel;
class RaceModel;
class TrainModel;
class QObject;

// The models of every lesson, all adapting one LabState. Pages, the window and the renderer are
// handed this; nobody else creates models.
struct ModelSet {
    LabState* state = nullptr;
    ExplorerModel* explorer = nullptr;
    SoftmaxModel* softmax = nullptr;
    DepthModel* depth = nullptr;
    CompareModel* compare = nullptr;
    SparsityModel* sparsity = nullptr;
    InitModel* init = nullptr;
    TrainModel* train = nullptr;
    RaceModel* race = nullptr;

    // The lessons' models around an explorer, sharing its state; owned by `owner`.
    static ModelSet around(ExplorerModel* explorer, QObject* owner);
};
